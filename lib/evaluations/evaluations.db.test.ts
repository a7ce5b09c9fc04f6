import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { recordDecisions } from "../decisions/record-decisions";
import { submitEvaluation } from "./submit-evaluation";
import { loadAwaitingEvaluations } from "./load-evaluation-overview";
import { Refusal } from "../actions/refusal";
import { reviewEvaluation } from "./review-evaluation";
import { evaluationReader } from "./evaluation-reader";
import { evaluationSchema } from "./evaluation-schema";
import { setEvaluationDueDate } from "./set-evaluation-due-date";
import { sampleKpis as kpis, sampleReport as report } from "../testing/evaluation-fixture";

let t: TestDatabase;
type U = { id: string; name: string; role: string; officeId: string | null; municipalityId: string | null };
let u: Record<string, U>;
let office: Record<string, string>;
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "kp-eval-"));

beforeAll(async () => {
  process.env.UPLOAD_DIR = uploadDir;
  t = await createTestDatabase();
  u = Object.fromEntries((await t.db.user.findMany()).map((x) => [x.email.split("@")[0]!, x]));
  office = Object.fromEntries((await t.db.clusterOffice.findMany()).map((o) => [o.slug, o.id]));
});
afterAll(async () => {
  await t.drop();
});

const versionOf = async (slug: string, year: number) =>
  (await t.db.evaluationReport.findUniqueOrThrow({ where: { officeId_year: { officeId: office[slug]!, year } } }))
    .version;
const reportOf = (slug: string, year: number) =>
  t.db.evaluationReport.findUniqueOrThrow({ where: { officeId_year: { officeId: office[slug]!, year } } });

describe("evaluations", () => {
  it("refuses to approve what was never submitted", async () => {
    const r = await reportOf("clean", 2022);
    await expect(
      reviewEvaluation({ db: t.db, actor: u["sekretariat"]!, reportId: r.id, outcome: "APPROVED", expectedVersion: 0 }),
    ).rejects.toBeInstanceOf(Refusal);
    expect((await reportOf("clean", 2022)).status).toBe("NOT_SUBMITTED");
    expect(await t.db.evaluationReview.count()).toBe(0);
  });

  it("refuses a submission for another office, storing nothing (no row, no file)", async () => {
    await expect(
      submitEvaluation({
        db: t.db,
        actor: u["we-build-denmark"]!,
        officeId: office["clean"]!,
        year: 2022,
        input: kpis,
        report,
        expectedVersion: 0,
      }),
    ).rejects.toBeInstanceOf(Refusal);
    expect(await t.db.evaluationSubmission.count()).toBe(0);
    expect(fs.readdirSync(uploadDir)).toEqual([]);
  });

  it("a year's evaluation waits for its year (Danish time): refused in Danish before, stored from 1 January", async () => {
    const submit = (today: string) =>
      submitEvaluation({
        db: t.db,
        actor: u["food-bio-cluster"]!,
        officeId: office["food-bio-cluster"]!,
        year: 2024,
        input: kpis,
        report,
        expectedVersion: 0,
        today: new Date(today),
      });
    // 31 December 2023, 23:30 in Denmark: still 2023.
    await expect(submit("2023-12-31T22:30:00Z")).rejects.toThrow(
      "Evalueringen for 2024 kan afleveres fra 1. januar 2024, når året er begyndt",
    );
    expect((await reportOf("food-bio-cluster", 2024)).version).toBe(0);
    expect(fs.readdirSync(uploadDir)).toEqual([]);
    // Half past midnight on 1 January 2024 in Denmark.
    await submit("2023-12-31T23:30:00Z");
    expect((await reportOf("food-bio-cluster", 2024)).status).toBe("SUBMITTED");
  });

  it("submit → return with comment → resubmit (a new version) → approve, all audited", async () => {
    await submitEvaluation({
      db: t.db,
      actor: u["clean"]!,
      officeId: office["clean"]!,
      year: 2022,
      input: kpis,
      report,
      expectedVersion: 0,
    });
    let r = await reportOf("clean", 2022);
    expect([r.status, r.version]).toEqual(["SUBMITTED", 1]);
    await reviewEvaluation({
      db: t.db,
      actor: u["sekretariat"]!,
      reportId: r.id,
      outcome: "RETURNED",
      comment: "Tilføj deltagertal pr. arrangement.",
      expectedVersion: 1,
    });
    expect((await reportOf("clean", 2022)).status).toBe("RETURNED");
    // From the office's other periods' pages, what waits: the returned one, and those of years that have ended and
    // were never handed in (2021: due 1 March 2022, late from the 2nd); 2023 has not ended.
    const awaiting = async (today: string) =>
      (
        await loadAwaitingEvaluations({
          db: t.db,
          waitingFor: "office",
          officeIds: [office["clean"]!],
          today: new Date(today),
        })
      ).map((a) => `${a.year} ${a.status}`);
    expect(await awaiting("2022-03-02T12:00:00Z")).toEqual(["2021 OVERDUE", "2022 RETURNED"]);
    expect(await awaiting("2022-03-01T12:00:00Z")).toEqual(["2021 NOT_SUBMITTED", "2022 RETURNED"]);

    await submitEvaluation({
      db: t.db,
      actor: u["clean"]!,
      officeId: office["clean"]!,
      year: 2022,
      input: { ...kpis, eventParticipants: 900 },
      report,
      expectedVersion: 1,
    });
    r = await reportOf("clean", 2022);
    expect([r.status, r.version]).toEqual(["SUBMITTED", 2]);
    // The secretariat, on another period's page, sees what waits for it: handed in, to be handled; and what is late.
    const region = (await t.db.agreement.findFirstOrThrow()).regionId;
    const forSecretariat = await loadAwaitingEvaluations({
      db: t.db,
      waitingFor: "secretariat",
      regionId: region,
      exceptAgreementId: "another-period",
      today: new Date("2022-03-02T12:00:00Z"),
    });
    expect(forSecretariat.filter((a) => a.officeId === office["clean"]).map((a) => `${a.year} ${a.status}`)).toEqual([
      "2022 SUBMITTED", // what the secretariat acts on comes first
      "2021 OVERDUE",
    ]);
    const versions = await t.db.evaluationSubmission.findMany({
      where: { reportId: r.id },
      orderBy: { version: "asc" },
      include: { attachments: true },
    });
    expect(versions.map((v) => [v.version, v.eventParticipants, v.attachments.length])).toEqual([
      [1, 860, 1],
      [2, 900, 1],
    ]);

    // Approving what the page showed before version 2 came: refused, and the form is told to show the new one.
    const stale = await reviewEvaluation({
      db: t.db,
      actor: u["sekretariat"]!,
      reportId: r.id,
      outcome: "APPROVED",
      expectedVersion: 1,
    }).catch((error: unknown) => error);
    expect(stale).toMatchObject({
      message: "Der er netop afleveret en ny version. Siden viser den nu: læs den, før du behandler evalueringen.",
      data: { newVersion: true },
    });
    await reviewEvaluation({
      db: t.db,
      actor: u["sekretariat"]!,
      reportId: r.id,
      outcome: "APPROVED",
      expectedVersion: 2,
    });
    expect((await reportOf("clean", 2022)).status).toBe("APPROVED");
    expect(await awaiting("2022-03-01T12:00:00Z")).toEqual(["2021 NOT_SUBMITTED"]);
    const reviews = await t.db.evaluationReview.findMany({ where: { reportId: r.id }, orderBy: { createdAt: "asc" } });
    expect(reviews.map((x) => [x.outcome, x.comment])).toEqual([
      ["RETURNED", "Tilføj deltagertal pr. arrangement."],
      ["APPROVED", null],
    ]);
    expect(await t.db.auditEvent.count({ where: { entityId: r.id, action: { startsWith: "evaluation." } } })).toBe(4);
    await expect(
      submitEvaluation({
        db: t.db,
        actor: u["clean"]!,
        officeId: office["clean"]!,
        year: 2022,
        input: kpis,
        report,
        expectedVersion: 2,
      }),
    ).rejects.toThrow("allerede godkendt");
  });

  it("refuses a stale version (two submissions at once) and removes its files", async () => {
    const storedFiles = () =>
      fs.readdirSync(uploadDir, { recursive: true }).filter((f) => String(f).endsWith(".pdf")).length;
    const files = storedFiles();
    await submitEvaluation({
      db: t.db,
      actor: u["food-bio-cluster"]!,
      officeId: office["food-bio-cluster"]!,
      year: 2021,
      input: kpis,
      report,
      expectedVersion: 0,
    });
    await expect(
      submitEvaluation({
        db: t.db,
        actor: u["food-bio-cluster"]!,
        officeId: office["food-bio-cluster"]!,
        year: 2021,
        input: kpis,
        report,
        expectedVersion: 0,
      }),
    ).rejects.toBeInstanceOf(Refusal);
    expect(await versionOf("food-bio-cluster", 2021)).toBe(1);
    expect(storedFiles()).toBe(files + 1); // the refused submission's file was removed again
  });

  it("lets a municipal contact read only approved evaluations of offices it co-finances", async () => {
    const approved = await reportOf("clean", 2022);
    const submitted = await reportOf("food-bio-cluster", 2021);
    const faxe = u["faxe"]!;
    expect(await evaluationReader({ db: t.db, actor: faxe, report: approved }).then(Boolean)).toBe(true); // pending = provisionally paying
    expect(await evaluationReader({ db: t.db, actor: faxe, report: submitted }).then(Boolean)).toBe(false);
    const participations = await t.db.participation.findMany({ where: { municipalityId: faxe.municipalityId! } });
    await recordDecisions({
      db: t.db,
      actor: { id: faxe.id, name: faxe.name, role: faxe.role, municipalityId: faxe.municipalityId },
      municipalityId: faxe.municipalityId!,
      agreementId: (await t.db.agreement.findFirstOrThrow()).id,
      input: {
        officeIds: [office["clean"]!],
        decision: "NO",
        effectiveFromYear: 2021,
        councilBody: "Byrådet",
        meetingDate: "2021-02-01",
        caseReference: "Punkt 2",
        isCorrection: false,
        minutesUrl: undefined,
        note: undefined,
        correctionReason: undefined,
        closedYearReason: undefined,
      },
      expectedVersions: Object.fromEntries(participations.map((p) => [p.officeId, p.version])),
    });
    expect(await evaluationReader({ db: t.db, actor: faxe, report: approved }).then(Boolean)).toBe(false); // Faxe does not pay for CLEAN
    expect(await evaluationReader({ db: t.db, actor: u["we-build-denmark"]!, report: approved }).then(Boolean)).toBe(
      false,
    );
    expect(await evaluationReader({ db: t.db, actor: u["clean"]!, report: approved }).then(Boolean)).toBe(true);
    expect(await evaluationReader({ db: t.db, actor: u["roskilde"]!, report: approved }).then(Boolean)).toBe(true); // the lead
  });
});

describe("a new version hands in the files of the one before again", () => {
  const appendix = {
    fileName: "bilag.xlsx",
    bytes: new Uint8Array([80, 75, 3, 4]),
    contentType: "x",
    extension: "xlsx",
  };
  it("keeps what is ticked, replaces the report with a new one, and refuses any other file", async () => {
    const submit = (expectedVersion: number, over: Partial<Parameters<typeof submitEvaluation>[0]>) =>
      submitEvaluation({
        db: t.db,
        actor: u["we-build-denmark"]!,
        officeId: office["we-build-denmark"]!,
        year: 2022,
        input: kpis,
        expectedVersion,
        ...over,
      });
    const filesOf = async (version: number) =>
      (
        await t.db.evaluationSubmission.findFirstOrThrow({
          where: { report: { officeId: office["we-build-denmark"]!, year: 2022 }, version },
          include: { attachments: { orderBy: { kind: "asc" } } },
        })
      ).attachments.map((a) => `${a.kind === "EVALUATION_REPORT" ? "rapport" : "bilag"} ${a.fileName} ${a.id}`);
    await submit(0, { report, appendices: [appendix] });
    const first = await t.db.evaluationSubmission.findFirstOrThrow({
      where: { report: { officeId: office["we-build-denmark"]!, year: 2022 }, version: 1 },
      include: { attachments: true },
    });
    const reportId = first.attachments.find((a) => a.kind === "EVALUATION_REPORT")!.id;
    const appendixId = first.attachments.find((a) => a.kind === "EVALUATION_APPENDIX")!.id;

    // Only a figure changed: the same report and appendix go with version 2, stored once.
    await submit(1, { keep: { reportId, appendixIds: [appendixId] } });
    expect(await filesOf(2)).toEqual(await filesOf(1));
    expect(await t.db.attachment.count({ where: { fileName: "bilag.xlsx" } })).toBe(1);

    // A new report replaces the kept one; the appendix left unticked is not handed in again.
    await submit(2, { report: { ...report, fileName: "ny-rapport.pdf" }, keep: { reportId } });
    expect((await filesOf(3)).map((f) => f.split(" ").slice(0, 2).join(" "))).toEqual(["rapport ny-rapport.pdf"]);

    // Another report's file, an appendix passed off as the report, or the files of a version not the last: refused.
    const other = await t.db.attachment.create({
      data: {
        kind: "EVALUATION_REPORT",
        fileName: "fremmed.pdf",
        contentType: "application/pdf",
        sizeBytes: 1,
        sha256: "x",
        storageKey: "fremmed.pdf",
        uploadedById: u["clean"]!.id,
      },
    });
    for (const keep of [{ reportId: other.id }, { reportId: appendixId }, { reportId }])
      await expect(submit(3, { keep })).rejects.toThrow("De tidligere filer kan ikke afleveres igen");
    // Nothing kept and no new report: no version without a report.
    await expect(submit(3, {})).rejects.toThrow("Vælg evalueringsrapporten som PDF-fil.");
    expect((await reportOf("we-build-denmark", 2022)).version).toBe(3);
  });
});

describe("an evaluation's due date", () => {
  it("moves, audited; the same day again changes nothing and is not audited", async () => {
    const report = await reportOf("life-science-cluster", 2023);
    const move = (iso: string) =>
      setEvaluationDueDate({ db: t.db, actor: u["sekretariat"]!, reportId: report.id, dueDate: new Date(iso) });
    const audited = () => t.db.auditEvent.count({ where: { entityId: report.id, action: "evaluation.due_date" } });
    expect(await move("2024-04-01T00:00:00.000Z")).toEqual({ changed: true });
    expect(await move("2024-04-01T00:00:00.000Z")).toEqual({ changed: false });
    expect(await audited()).toBe(1);
    expect((await reportOf("life-science-cluster", 2023)).dueDate.toISOString()).toBe("2024-04-01T00:00:00.000Z");
  });
});

describe("evaluation key figures", () => {
  const base = {
    companiesEngaged: "10",
    smesEngaged: "5",
    eventsHeld: "1",
    eventParticipants: "20",
    collaborationProjects: "0",
    externalFundingKr: "0",
    summary: "Kort.",
  };
  it.each([
    [{ companiesEngaged: "-3" }, "«Antal virksomheder engageret» kan ikke være under 0."],
    // A decimal point is not a thousands separator: «12.5» was stored as 125.
    [{ eventParticipants: "12.5" }, "«Deltagere i arrangementer» skal være et helt tal."],
    [{ eventParticipants: "1.2345" }, "«Deltagere i arrangementer» skal være et helt tal."],
    [{ eventsHeld: "tre" }, "«Antal arrangementer» skal være et helt tal."],
    [{ eventsHeld: "2,5" }, "«Antal arrangementer» skal være et helt tal."],
    [{ smesEngaged: "11" }, "Antallet af SMV'er kan ikke være større end antallet af virksomheder."],
    [{ summary: "x".repeat(2001) }, "Opsummeringen må højst være 2.000 tegn."],
    [{ externalFundingKr: "" }, "Skriv et tal i «Tiltrukket ekstern finansiering (kr.)» (0, hvis der ingen var)."],
  ])("refuses %o with a Danish message", (change, message) => {
    const result = evaluationSchema.safeParse({ ...base, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toContain(message);
  });

  it.each([
    ["1.500.000 kr.", 1_500_000],
    ["1.500.000 kr", 1_500_000],
    ["250000 KR.", 250_000],
    ["0 kr.", 0],
  ])("takes the amount «%s» as written on an invoice", (written, kroner) => {
    const result = evaluationSchema.safeParse({ ...base, externalFundingKr: written });
    expect(result.success && result.data.externalFundingKr).toBe(kroner);
  });

  it("takes «kr.» only where the figure is an amount", () => {
    const result = evaluationSchema.safeParse({ ...base, eventsHeld: "3 kr." });
    expect(result.error!.issues.map((i) => i.message)).toContain("«Antal arrangementer» skal være et helt tal.");
  });
});
