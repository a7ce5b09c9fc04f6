/**
 * Notices are written in the SAME transaction as the change that causes them, to the right people, with every
 * cause named. (Delivery through SMTP: lib/outbox/deliver-outbox.db.test.ts.)
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { participationVersions } from "../testing/decision-input";
import { recordDecisions } from "../decisions/record-decisions";
import type { DecisionFormInput } from "../decisions/decision-schema";
import { setLeadsFromYear } from "../settings/set-leads-from-year";
import { setPoolOverride } from "../settings/set-pool-override";
import { submitEvaluation } from "../evaluations/submit-evaluation";
import { reviewEvaluation } from "../evaluations/review-evaluation";
import { evaluationSchema } from "../evaluations/evaluation-schema";
import { Refusal } from "../actions/refusal";
import { formatKroner } from "../format";
import { queueNotices } from "./queue-notices";
import { queueEvaluationNotices } from "./queue-evaluation-notices";
import { composeMail } from "./mail-layout";
import { setNoticePreferences } from "./set-notice-preferences";
import { setRequiredNoticeKinds } from "./set-required-notice-kinds";

const CLEAN = "CLEAN – Danmarks Miljøteknologiklynge";
let t: TestDatabase;
type User = {
  id: string;
  name: string;
  email: string;
  role: string;
  municipalityId: string | null;
  officeId: string | null;
};
let u: Record<string, User>;
let office: Record<string, string>;

beforeAll(async () => {
  process.env.NEXTAUTH_URL = "http://klyngeportalen.test";
  process.env.UPLOAD_DIR = (await import("node:fs")).mkdtempSync("/tmp/kp-notices-");
  t = await createTestDatabase();
  u = Object.fromEntries((await t.db.user.findMany()).map((x) => [x.email.split("@")[0]!, x]));
  office = Object.fromEntries((await t.db.clusterOffice.findMany()).map((o) => [o.slug, o.id]));
});
afterAll(async () => {
  await t.drop();
});
beforeEach(async () => {
  await t.db.outboxMessage.deleteMany();
});

const outbox = (where: { kind?: string } = {}) =>
  t.db.outboxMessage.findMany({ where, orderBy: { toAddress: "asc" }, include: { recipient: true } });
const input = (o: Partial<DecisionFormInput>): DecisionFormInput =>
  <DecisionFormInput>{
    officeIds: [office["clean"]!],
    decision: "NO",
    effectiveFromYear: 2021,
    councilBody: "Byrådet",
    meetingDate: "2021-03-01",
    caseReference: "Punkt 1",
    isCorrection: false,
    ...o,
  };
async function decide(actor: User, code: string, o: Partial<DecisionFormInput> = {}) {
  const municipality = await t.db.municipality.findUniqueOrThrow({ where: { code } });
  return recordDecisions({
    db: t.db,
    agreementId: (await t.db.agreement.findFirstOrThrow()).id,
    actor,
    municipalityId: municipality.id,
    input: input(o),
    expectedVersions: await participationVersions(t.db, municipality.id),
  });
}

describe("notices written with the change", () => {
  it("a «Nej»: the others' contacts get before → after, the secretariat a notice; the decider none", async () => {
    await decide(u["lolland"]!, "0360");
    const changes = await outbox({ kind: "SHARE_CHANGED" });
    // CLEAN is led by Roskilde: 15 other non-lead municipalities, one message each for the whole change.
    expect(changes).toHaveLength(15);
    expect(changes.map((m) => m.toAddress)).not.toContain("lolland@demo.klyngeportalen.dk");
    expect(changes.map((m) => m.toAddress)).not.toContain("roskilde@demo.klyngeportalen.dk");
    const greve = changes.find((m) => m.toAddress === "greve@demo.klyngeportalen.dk")!;
    const lines = await t.db.shareSnapshotLine.findMany({
      where: { municipality: { code: "0253" }, snapshot: { officeId: office["clean"] } },
      include: { snapshot: true },
      orderBy: { snapshot: { year: "asc" } },
    });
    for (const l of lines)
      expect(greve.textBody).toContain(
        `${CLEAN} ${l.snapshot.year}: ${formatKroner(l.previousAmount)} → ${formatKroner(l.amount)}`,
      );
    expect(greve.subject).toBe("Ændret andel for Greve Kommune: Lolland Kommunes beslutning («Nej»)");
    expect((await outbox({ kind: "DECISION_RECORDED" })).map((m) => m.toAddress)).toEqual([
      "sekretariat@demo.klyngeportalen.dk",
    ]);
    expect(await outbox({ kind: "DECISION_ON_BEHALF" })).toHaveLength(0);
  });

  it("the third «Nej» makes CLEAN reduced: the secretariat is told once, status before → after", async () => {
    await decide(u["soroe"]!, "0340");
    expect(await outbox({ kind: "OFFICE_YEAR_AT_RISK" })).toHaveLength(0); // still "I risiko", as before
    await decide(u["holbaek"]!, "0316");
    const [notice, ...more] = await outbox({ kind: "OFFICE_YEAR_AT_RISK" });
    expect(more).toHaveLength(0);
    expect(notice!.toAddress).toBe("sekretariat@demo.klyngeportalen.dk");
    expect(notice!.subject).toBe("Reduceret: CLEAN – Danmarks Miljøteknologiklynge");
    for (const year of [2021, 2022, 2023, 2024])
      expect(notice!.textBody).toContain(
        // Counted as the decision's preview counts: the undecided take part for now.
        `CLEAN – Danmarks Miljøteknologiklynge ${year}: I risiko → Reduceret (13 af 16 deltager: 0 har sagt ja, 13 afventer; krav 14)`,
      );
    // The office hears that its money is reduced: each year's total before → after, as the ledger has it.
    const [funding, ...moreFunding] = await outbox({ kind: "OFFICE_FUNDING_CHANGED" });
    expect(moreFunding).toHaveLength(0);
    expect(funding!.toAddress).toBe("clean@demo.klyngeportalen.dk");
    expect(funding!.subject).toBe("Kommunernes bidrag til CLEAN – Danmarks Miljøteknologiklynge er reduceret");
    const snapshots = await t.db.shareSnapshot.findMany({
      where: { officeId: office["clean"] },
      orderBy: [{ createdAt: "desc" }],
      take: 8,
    });
    for (const year of [2021, 2022, 2023, 2024]) {
      const [after, before] = snapshots.filter((s) => s.year === year);
      expect(after!.total).toBeLessThan(before!.total);
      expect(funding!.textBody).toContain(
        `${year}: ${formatKroner(before!.total)} → ${formatKroner(after!.total)} – Reduceret (13 af 16 deltager`,
      );
    }
    expect(funding!.textBody).toContain("kontorets opgaver genforhandles");
  });

  it("a «Nej» in a year already reduced moves only the total: the office hears it, down and up again", async () => {
    // Reduced without an agreed pool, every other payer keeps its full share: only Greve's own line moves.
    await decide(u["greve"]!, "0253", { meetingDate: "2021-04-01" });
    expect(await outbox({ kind: "SHARE_CHANGED" })).toHaveLength(0);
    expect(await outbox({ kind: "OFFICE_YEAR_AT_RISK" })).toHaveLength(0); // Reduceret, as before
    const [down] = await outbox({ kind: "OFFICE_FUNDING_CHANGED" });
    expect(down!.toAddress).toBe("clean@demo.klyngeportalen.dk");
    expect(down!.subject).toBe(`Kommunernes bidrag til ${CLEAN} er reduceret`);
    expect(down!.textBody).toMatch(/2021: [\d.]+ kr\. → [\d.]+ kr\. – Reduceret \(12 af 16 deltager/);
    // Greve back in: the total is what it was.
    await t.db.outboxMessage.deleteMany();
    await decide(u["greve"]!, "0253", { meetingDate: "2021-04-15", decision: "YES" });
    const [up] = await outbox({ kind: "OFFICE_FUNDING_CHANGED" });
    expect(up!.subject).toBe(`Kommunernes bidrag til ${CLEAN} er ændret`);
    const [, before, after] = down!.textBody.match(/2021: ([\d.]+ kr\.) → ([\d.]+ kr\.)/)!;
    expect(up!.textBody).toContain(`2021: ${after} → ${before} – Reduceret (13 af 16 deltager`);
  });

  it("an agreed pool tells every payer whose amount moved, with the reason", async () => {
    await setPoolOverride({
      db: t.db,
      actor: u["sekretariat"]!,
      officeId: office["clean"]!,
      year: 2021,
      amount: 420_000,
      reason: "Dialogmøde 12. april 2021",
    });
    const changes = await outbox({ kind: "SHARE_CHANGED" });
    expect(changes).toHaveLength(13); // the 13 still taking part
    expect(changes[0]!.subject).toMatch(/: aftalt reduceret pulje$/);
    expect(changes[0]!.textBody).toContain(
      `aftalt reduceret pulje på 420.000 kr. for ${CLEAN}. Begrundelse: Dialogmøde 12. april 2021`,
    );
    expect(changes[0]!.textBody).toMatch(/CLEAN – Danmarks Miljøteknologiklynge 2021: [\d.]+ kr\. → [\d.]+ kr\./);
    expect(changes[0]!.textBody).not.toContain("2022:");
  });

  it("a new split of the lead contribution tells the two leads, nobody else", async () => {
    const leads = await t.db.officeLead.findMany({
      where: { officeId: office["life-science-cluster"] },
      include: { municipality: true },
      orderBy: { municipality: { code: "asc" } },
    });
    await setLeadsFromYear({
      db: t.db,
      actor: u["sekretariat"]!,
      officeId: office["life-science-cluster"]!,
      fromYear: 2021,
      leads: [
        { municipalityId: leads[0]!.municipalityId, amount: 300_000 },
        { municipalityId: leads[1]!.municipalityId, amount: 200_000 },
      ],
    });
    const changes = await outbox({ kind: "SHARE_CHANGED" });
    expect(changes.map((m) => m.toAddress)).toEqual([
      "guldborgsund@demo.klyngeportalen.dk",
      "kalundborg@demo.klyngeportalen.dk",
    ]);
    const kalundborg = changes[1]!;
    expect(kalundborg.subject).toBe("Ændret andel for Kalundborg Kommune: ændret leadbidrag");
    expect(kalundborg.textBody).toContain("Life Science Cluster Denmark 2021: 250.000 kr. → 300.000 kr.");
  });

  it("a decision recorded by the secretariat on a municipality's behalf is told to that municipality", async () => {
    await decide(u["sekretariat"]!, "0253", {
      officeIds: [office["we-build-denmark"]!],
      decision: "YES",
      caseReference: "Punkt 5",
    });
    const [onBehalf, ...more] = await outbox({ kind: "DECISION_ON_BEHALF" });
    expect(more).toHaveLength(0);
    expect(onBehalf!.toAddress).toBe("greve@demo.klyngeportalen.dk");
    expect(onBehalf!.textBody).toContain(
      "Registreret af: Sekretariatet for KKR Sjælland (KKR-sekretariatet på kommunens vegne)",
    );
    // The link opens the history of the period the decision is in.
    const period = (await t.db.agreement.findFirstOrThrow()).id;
    expect(onBehalf!.textBody).toContain(`http://klyngeportalen.test/kommuner/0253/historik?periode=${period}`);
    expect(await outbox({ kind: "DECISION_RECORDED" })).toHaveLength(0); // the secretariat did it itself
  });

  it("a refused save writes no notice; a rolled-back transaction takes its notices with it", async () => {
    const solroed = await t.db.municipality.findUniqueOrThrow({ where: { code: "0269" } });
    await expect(
      recordDecisions({
        db: t.db,
        agreementId: (await t.db.agreement.findFirstOrThrow()).id,
        actor: u["solroed"]!,
        municipalityId: solroed.id,
        input: input({}),
        expectedVersions: { [office["clean"]!]: 99 },
      }),
    ).rejects.toBeInstanceOf(Refusal);
    expect(await t.db.outboxMessage.count()).toBe(0);
    await expect(
      t.db.$transaction(async (tx) => {
        await queueNotices({
          db: tx,
          notices: [
            {
              kind: "WEEKLY_DIGEST",
              recipient: u["sekretariat"]!,
              key: "rollback",
              mail: composeMail({
                kind: "WEEKLY_DIGEST",
                required: false,
                subject: "x",
                greeting: "x",
                blocks: [],
                link: { path: "/", label: "x" },
              }),
            },
          ],
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await t.db.outboxMessage.count()).toBe(0);
  });

  it("submitted → the secretariat; returned → the office, with the comment and the link", async () => {
    const kpis = evaluationSchema.parse({
      companiesEngaged: "10",
      smesEngaged: "5",
      eventsHeld: "1",
      eventParticipants: "20",
      collaborationProjects: "0",
      externalFundingKr: "0",
      summary: "Kort.",
    });
    const pdf = {
      fileName: "rapport.pdf",
      bytes: new TextEncoder().encode("%PDF-1.4 x"),
      contentType: "application/pdf",
      extension: "pdf" as const,
    };
    await submitEvaluation({
      db: t.db,
      actor: u["food-bio-cluster"]!,
      officeId: office["food-bio-cluster"]!,
      year: 2022,
      input: kpis,
      report: pdf,
      expectedVersion: 0,
    });
    const [submitted] = await outbox({ kind: "EVALUATION_SUBMITTED" });
    expect([submitted!.toAddress, submitted!.subject]).toEqual([
      "sekretariat@demo.klyngeportalen.dk",
      "Evaluering afleveret: Food & Bio Cluster Denmark 2022 (version 1)",
    ]);
    const report = await t.db.evaluationReport.findUniqueOrThrow({
      where: { officeId_year: { officeId: office["food-bio-cluster"]!, year: 2022 } },
    });
    await reviewEvaluation({
      db: t.db,
      actor: u["sekretariat"]!,
      reportId: report.id,
      outcome: "RETURNED",
      comment: "Tilføj deltagertal pr. arrangement.",
      expectedVersion: 1,
    });
    const [returned, ...more] = await outbox({ kind: "EVALUATION_REVIEWED" });
    expect(more).toHaveLength(0);
    expect([returned!.toAddress, returned!.subject]).toEqual([
      "food-bio-cluster@demo.klyngeportalen.dk",
      "Evaluering 2022 sendt retur: Food & Bio Cluster Denmark",
    ]);
    expect(returned!.textBody).toContain("> Tilføj deltagertal pr. arrangement.");
    expect(returned!.textBody).toContain(
      `http://klyngeportalen.test/klyngekontorer/${office["food-bio-cluster"]}/evalueringer/2022`,
    );
    expect(returned!.htmlBody).toContain("Food &amp; Bio Cluster Denmark");
  });
});

describe("who may switch what off", () => {
  it("a contact who switched share changes off gets none; the secretariat can make a kind required", async () => {
    await setNoticePreferences({ db: t.db, actor: u["greve"]!, enabled: ["DECISION_ON_BEHALF"] });
    await decide(u["stevns"]!, "0336", { officeIds: [office["we-build-denmark"]!] });
    let addresses = (await outbox({ kind: "SHARE_CHANGED" })).map((m) => m.toAddress);
    expect(addresses).toContain("faxe@demo.klyngeportalen.dk");
    expect(addresses).not.toContain("greve@demo.klyngeportalen.dk");
    // Required kinds cannot be switched off: the reminder stays on whatever Greve sent.
    const greve = await t.db.noticePreference.findMany({ where: { userId: u["greve"]!.id }, orderBy: { kind: "asc" } });
    expect(greve.map((p) => [p.kind, p.enabled])).toEqual([
      ["DECISION_ON_BEHALF", true],
      ["SHARE_CHANGED", false],
      ["YEAR_INVOICED", false],
    ]);

    await t.db.outboxMessage.deleteMany();
    const sjaelland = await t.db.region.findUniqueOrThrow({ where: { code: "1085" } });
    await setRequiredNoticeKinds({
      db: t.db,
      actor: u["sekretariat"]!,
      regionId: sjaelland.id,
      required: ["SHARE_CHANGED"],
    });
    await decide(u["vordingborg"]!, "0390", { officeIds: [office["we-build-denmark"]!] });
    addresses = (await outbox({ kind: "SHARE_CHANGED" })).map((m) => m.toAddress);
    expect(addresses).toContain("greve@demo.klyngeportalen.dk");
    const mail = (await outbox({ kind: "SHARE_CHANGED" }))[0]!;
    expect(mail.textBody).toContain("KKR-sekretariatet har gjort denne slags mails obligatoriske");
    expect(mail.textBody).not.toContain("/notifikationer");
    const settings = await t.db.noticeKindSetting.findMany({ where: { required: true } });
    expect(settings.map((s) => s.kind)).toEqual(["SHARE_CHANGED"]); // the reminders were required by default: now not
    expect(await t.db.auditEvent.count({ where: { action: "notices.required_kinds" } })).toBe(1);
  });

  it("deactivated users get nothing", async () => {
    await t.db.user.update({ where: { id: u["faxe"]!.id }, data: { active: false } });
    await decide(u["odsherred"]!, "0306", { officeIds: [office["we-build-denmark"]!] });
    expect((await outbox({ kind: "SHARE_CHANGED" })).map((m) => m.toAddress)).not.toContain(
      "faxe@demo.klyngeportalen.dk",
    );
    await t.db.user.update({ where: { id: u["faxe"]!.id }, data: { active: true } });
  });

  it("another KKR's secretariat hears nothing of Sjælland, and its required kinds are its own", async () => {
    const hovedstaden = await t.db.region.findUniqueOrThrow({ where: { code: "1084" } });
    const other = await t.db.user.create({
      data: {
        name: "Sekretariatet for KKR Hovedstaden",
        email: "sekretariat-hovedstaden@example.dk",
        passwordHash: "x",
        role: "SECRETARIAT",
        regionId: hovedstaden.id,
      },
    });
    await setRequiredNoticeKinds({ db: t.db, actor: other, regionId: hovedstaden.id, required: ["DECISION_RECORDED"] });
    await setNoticePreferences({ db: t.db, actor: u["sekretariat"]!, enabled: [] }); // Sjælland: all off
    await decide(u["koege"]!, "0259", { officeIds: [office["we-build-denmark"]!] });
    // Hovedstaden's "required" does not reach Sjælland's secretariat, which switched everything off …
    expect(await outbox({ kind: "DECISION_RECORDED" })).toEqual([]);
    // … and Hovedstaden's secretariat is not told about a Sjælland decision.
    expect((await t.db.outboxMessage.findMany()).map((m) => m.toAddress)).not.toContain(other.email);
    await setNoticePreferences({
      db: t.db,
      actor: u["sekretariat"]!,
      enabled: ["EVALUATION_SUBMITTED", "DECISION_RECORDED", "OFFICE_YEAR_AT_RISK", "WEEKLY_DIGEST"],
    });
  });
});

describe("an office in the next period", () => {
  it("its users, tied to the office of the first period, are told about the office of the next", async () => {
    const first = await t.db.agreement.findFirstOrThrow();
    const next = await t.db.agreement.create({
      data: {
        regionId: first.regionId,
        name: "Regionale klyngekontorer 2025-2028",
        firstYear: 2025,
        lastYear: 2028,
        leadContribution: 500_000,
        nonLeadPool: 500_000,
        thresholdBasisPoints: 8_500,
        populationBasisDate: new Date("2025-01-01T00:00:00Z"),
      },
    });
    const food = await t.db.clusterOffice.findUniqueOrThrow({ where: { id: office["food-bio-cluster"]! } });
    const successor = await t.db.clusterOffice.create({
      data: {
        agreementId: next.id,
        slug: food.slug,
        name: food.name,
        field: food.field,
        city: food.city,
        predecessorId: food.id,
      },
    });
    await queueEvaluationNotices({
      db: t.db,
      actor: u["sekretariat"]!,
      report: { officeId: successor.id, year: 2025 },
      step: { kind: "EVALUATION_REVIEWED", reviewId: "r-2025", outcome: "RETURNED", comment: "Tilføj tallene." },
    });
    // Before, nobody: the office's user is tied to 2021–2024's row.
    expect((await outbox({ kind: "EVALUATION_REVIEWED" })).map((m) => [m.toAddress, m.subject])).toEqual([
      ["food-bio-cluster@demo.klyngeportalen.dk", "Evaluering 2025 sendt retur: Food & Bio Cluster Denmark"],
    ]);
  });
});
