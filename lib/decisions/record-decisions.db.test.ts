import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { participationVersions } from "../testing/decision-input";
import { isDecisionConflict, recordDecisions } from "./record-decisions";
import { Refusal } from "../actions/refusal";
import type { DecisionFormInput } from "./decision-schema";
import { findCurrentAgreement, loadAgreement } from "../shares/load-agreement";

let t: TestDatabase;
let offices: Record<string, string>;
let users: Record<string, { id: string; name: string; role: string; municipalityId: string | null }>;
let municipalities: Record<string, string>;
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "kp-uploads-"));

beforeAll(async () => {
  process.env.UPLOAD_DIR = uploadDir;
  t = await createTestDatabase();
  offices = Object.fromEntries((await t.db.clusterOffice.findMany()).map((o) => [o.slug, o.id]));
  municipalities = Object.fromEntries((await t.db.municipality.findMany()).map((m) => [m.code, m.id]));
  users = Object.fromEntries((await t.db.user.findMany()).map((u) => [u.email.split("@")[0]!, u]));
});
afterAll(async () => {
  await t.drop();
});

const baseInput = (overrides: Partial<DecisionFormInput> = {}): DecisionFormInput =>
  <DecisionFormInput>{
    officeIds: [offices["we-build-denmark"]!],
    decision: "YES",
    effectiveFromYear: 2021,
    councilBody: "Kommunalbestyrelsen",
    meetingDate: "2021-03-25",
    caseReference: "Punkt 7",
    isCorrection: false,
    ...overrides,
  };
const versionsOf = (municipalityId: string) => participationVersions(t.db, municipalityId);
const pdf = new TextEncoder().encode("%PDF-1.4\n% referat\n");

describe("recordDecisions", () => {
  it("records Ja for all four offices in one transaction: decisions, minutes, ledger snapshots, audit", async () => {
    const faxe = municipalities["0320"]!;
    const result = await recordDecisions({
      db: t.db,
      actor: users["faxe"]!,
      municipalityId: faxe,
      agreementId: (await t.db.agreement.findFirstOrThrow()).id,
      input: baseInput({ officeIds: Object.values(offices) }),
      expectedVersions: await versionsOf(faxe),
      minutes: { fileName: "referat-faxe.pdf", bytes: pdf },
    });
    expect(result.decisionIds).toHaveLength(4);
    const decisions = await t.db.councilDecision.findMany({
      where: { municipalityId: faxe },
      include: { minutesAttachment: true },
    });
    expect(
      decisions.every(
        (d) => d.decision === "YES" && !d.recordedOnBehalf && d.minutesAttachment?.fileName === "referat-faxe.pdf",
      ),
    ).toBe(true);
    expect(new Set(decisions.map((d) => d.batchId)).size).toBe(1);
    expect(fs.existsSync(path.join(uploadDir, decisions[0]!.minutesAttachment!.storageKey))).toBe(true);
    // 4 offices × 4 years, each snapshot's non-lead lines add up to its pool
    const snapshots = await t.db.shareSnapshot.findMany({ include: { lines: true } });
    expect(snapshots).toHaveLength(16);
    for (const s of snapshots)
      expect(s.lines.filter((l) => !l.isLead).reduce((sum, l) => sum + l.amount, 0)).toBe(s.pool);
    const wbd2021 = snapshots.find((s) => s.officeId === offices["we-build-denmark"] && s.year === 2021)!;
    expect(wbd2021.lines.find((l) => l.municipalityId === faxe)).toMatchObject({
      amount: 24_292,
      previousAmount: 24_292,
      provisional: false,
    });
    expect(await versionsOf(faxe)).toEqual(Object.fromEntries(Object.values(offices).map((id) => [id, 1])));
    expect(await t.db.auditEvent.count({ where: { action: "decision.recorded", entityId: faxe } })).toBe(1);
  });

  it("a Nej from 2023 overrides the Ja from 2023, leaves 2021–2022 unchanged and moves Faxe's share to the others", async () => {
    const faxe = municipalities["0320"]!;
    const wbd = offices["we-build-denmark"]!;
    const before = await t.db.councilDecision.findFirstOrThrow({
      where: { municipalityId: faxe, officeId: wbd },
      orderBy: { recordedAt: "desc" },
    });
    const { decisionIds } = await recordDecisions({
      db: t.db,
      actor: users["faxe"]!,
      municipalityId: faxe,
      agreementId: (await t.db.agreement.findFirstOrThrow()).id,
      input: baseInput({
        decision: "NO",
        effectiveFromYear: 2023,
        meetingDate: "2022-09-29",
        caseReference: "Punkt 3",
      }),
      expectedVersions: await versionsOf(faxe),
    });
    // The Ja is untouched and still governs 2021–2022; the Nej governs 2023–2024.
    expect(await t.db.councilDecision.findUniqueOrThrow({ where: { id: before.id } })).toEqual(before);
    const view = await loadAgreement({ db: t.db, agreementId: (await findCurrentAgreement({ db: t.db }))!.id });
    expect(
      [2021, 2022, 2023, 2024].map(
        (year) => view.allocationFor(wbd, year).states.find((s) => s.code === "0320")!.decisionId,
      ),
    ).toEqual([before.id, before.id, decisionIds[0], decisionIds[0]]);
    expect(await t.db.councilDecision.count({ where: { municipalityId: faxe } })).toBe(5); // nothing edited or deleted
    const snapshots = await t.db.shareSnapshot.findMany({
      where: { causeDecisionId: decisionIds[0] },
      include: { lines: true },
      orderBy: { year: "asc" },
    });
    expect(snapshots.map((s) => [s.year, s.status, s.pool])).toEqual([
      [2023, "AT_RISK", 500_000],
      [2024, "AT_RISK", 500_000],
    ]); // the other 15 are still pending
    expect(snapshots[0]!.lines.find((l) => l.municipalityId === faxe)).toMatchObject({
      amount: 0,
      previousAmount: 24_292,
    });
    const greve = snapshots[0]!.lines.find((l) => l.municipalityId === municipalities["0253"])!;
    expect(greve.amount).toBeGreaterThan(greve.previousAmount);
  });

  it("records on behalf when the secretariat saves, and marks it", async () => {
    const greve = municipalities["0253"]!;
    await recordDecisions({
      db: t.db,
      actor: users["sekretariat"]!,
      municipalityId: greve,
      agreementId: (await t.db.agreement.findFirstOrThrow()).id,
      input: baseInput(),
      expectedVersions: await versionsOf(greve),
    });
    expect((await t.db.councilDecision.findFirstOrThrow({ where: { municipalityId: greve } })).recordedOnBehalf).toBe(
      true,
    );
  });

  it("refuses a stale version: nothing stored, and the uploaded minutes are removed again", async () => {
    const koege = municipalities["0259"]!;
    const stale = await versionsOf(koege);
    await recordDecisions({
      db: t.db,
      actor: users["koege"]!,
      municipalityId: koege,
      agreementId: (await t.db.agreement.findFirstOrThrow()).id,
      input: baseInput(),
      expectedVersions: stale,
    });
    const counts = async () => [
      await t.db.councilDecision.count(),
      await t.db.shareSnapshot.count(),
      await t.db.attachment.count(),
      await t.db.auditEvent.count(),
    ];
    const before = await counts();
    const filesBefore = fs.readdirSync(uploadDir, { recursive: true }).length;
    await expect(
      recordDecisions({
        db: t.db,
        actor: users["koege"]!,
        municipalityId: koege,
        agreementId: (await t.db.agreement.findFirstOrThrow()).id,
        input: baseInput({ decision: "NO" }),
        expectedVersions: stale,
        minutes: { fileName: "x.pdf", bytes: pdf },
      }),
    ).rejects.toThrow(/^Din beslutning er ikke gemt: du har netop i et andet vindue registreret en beslutning for /);
    expect(await counts()).toEqual(before);
    expect(fs.readdirSync(uploadDir, { recursive: true }).length).toBe(filesBefore);
    // Someone else (the secretariat, on the municipality's behalf) with the same stale form is told it was another.
    await expect(
      recordDecisions({
        db: t.db,
        actor: users["sekretariat"]!,
        municipalityId: koege,
        agreementId: (await t.db.agreement.findFirstOrThrow()).id,
        input: baseInput({ decision: "NO" }),
        expectedVersions: stale,
      }),
    ).rejects.toThrow(/^Din beslutning er ikke gemt: en anden har netop registreret en beslutning for /);
  });

  it("lets exactly one of several simultaneous saves of the same version through", async () => {
    const lejre = municipalities["0350"]!;
    const versions = await versionsOf(lejre);
    const { id: agreementId } = await t.db.agreement.findFirstOrThrow();
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        recordDecisions({
          db: t.db,
          actor: users["lejre"]!,
          municipalityId: lejre,
          agreementId,
          input: baseInput({ decision: i % 2 ? "NO" : "YES" }),
          expectedVersions: versions,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected.every((r) => isDecisionConflict(r.reason))).toBe(true);
    expect(await t.db.councilDecision.count({ where: { municipalityId: lejre } })).toBe(1);
    expect(await t.db.shareSnapshot.count({ where: { causeDecision: { municipalityId: lejre } } })).toBe(4);
  });

  it("a correction is a new entry with its reason; the mistaken one stays, void — even with a later meeting date", async () => {
    const solroed = municipalities["0269"]!;
    const wbd = offices["we-build-denmark"]!;
    const {
      decisionIds: [mistaken],
    } = await recordDecisions({
      db: t.db,
      actor: users["solroed"]!,
      municipalityId: solroed,
      agreementId: (await t.db.agreement.findFirstOrThrow()).id,
      input: baseInput({ decision: "NO", meetingDate: "2021-10-28" }),
      expectedVersions: await versionsOf(solroed),
    });
    await recordDecisions({
      db: t.db,
      actor: users["solroed"]!,
      municipalityId: solroed,
      agreementId: (await t.db.agreement.findFirstOrThrow()).id,
      input: baseInput({
        decision: "YES",
        meetingDate: "2021-09-28",
        isCorrection: true,
        correctionReason: "Fejlregistreret: byrådet sagde ja den 28. september",
        correctsId: mistaken,
      }),
      expectedVersions: await versionsOf(solroed),
    });
    const history = await t.db.councilDecision.findMany({
      where: { municipalityId: solroed },
      orderBy: { recordedAt: "asc" },
    });
    expect(history.map((d) => [d.decision, d.correctionReason, d.correctsId])).toEqual([
      ["NO", null, null],
      ["YES", "Fejlregistreret: byrådet sagde ja den 28. september", mistaken],
    ]);
    const view = await loadAgreement({ db: t.db, agreementId: (await findCurrentAgreement({ db: t.db }))!.id });
    for (const year of [2021, 2022, 2023, 2024]) {
      expect(view.allocationFor(wbd, year).states.find((s) => s.code === "0269")!.state).toBe("YES");
    }
    // A corrected registration cannot be corrected again (the correction can).
    await expect(
      recordDecisions({
        db: t.db,
        actor: users["solroed"]!,
        municipalityId: solroed,
        agreementId: (await t.db.agreement.findFirstOrThrow()).id,
        input: baseInput({ isCorrection: true, correctionReason: "Igen", correctsId: mistaken }),
        expectedVersions: await versionsOf(solroed),
      }),
    ).rejects.toThrow("allerede rettet");
  });

  it("a lead records its own council's decision too: Næstved leaving We Build Denmark from 2023", async () => {
    const naestved = municipalities["0370"]!;
    const wbd = offices["we-build-denmark"]!;
    await recordDecisions({
      db: t.db,
      actor: users["naestved"]!,
      municipalityId: naestved,
      agreementId: (await t.db.agreement.findFirstOrThrow()).id,
      input: baseInput({ decision: "NO", effectiveFromYear: 2023, meetingDate: "2022-06-20" }),
      expectedVersions: await versionsOf(naestved),
    });
    const view = await loadAgreement({ db: t.db, agreementId: (await findCurrentAgreement({ db: t.db }))!.id });
    expect([2021, 2022, 2023, 2024].map((year) => view.allocationFor(wbd, year).leadMissing)).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(view.allocationFor(wbd, 2023).leads).toEqual([]);
    expect(view.allocationFor(wbd, 2022).leads).toEqual([{ code: "0370", amount: 500_000 }]);
  });

  it("refuses an office of another agreement and a correction of another municipality's decision", async () => {
    const stevns = municipalities["0336"]!;
    await expect(
      recordDecisions({
        db: t.db,
        actor: users["stevns"]!,
        municipalityId: stevns,
        agreementId: (await t.db.agreement.findFirstOrThrow()).id,
        input: baseInput({ officeIds: ["findes-ikke"] }),
        expectedVersions: {},
      }),
    ).rejects.toBeInstanceOf(Refusal);
    const faxeDecision = await t.db.councilDecision.findFirstOrThrow({
      where: { municipalityId: municipalities["0320"] },
    });
    await expect(
      recordDecisions({
        db: t.db,
        actor: users["stevns"]!,
        municipalityId: stevns,
        agreementId: (await t.db.agreement.findFirstOrThrow()).id,
        input: baseInput({ isCorrection: true, correctionReason: "x", correctsId: faxeDecision.id }),
        expectedVersions: await versionsOf(stevns),
      }),
    ).rejects.toBeInstanceOf(Refusal);
    expect(await t.db.councilDecision.count({ where: { municipalityId: stevns } })).toBe(0);
  });
});
