/**
 * Reminders from the business clock: the right bucket on the right day, and never twice — not when the scheduler
 * runs twice a day, and not when two schedulers run at the same moment (the unique key, P2002 on both databases).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { createPrismaClient } from "../db/create-client";
import { recordDecisions } from "../decisions/record-decisions";
import { scheduleNotices } from "./schedule-notices";
import { scheduleEvaluationReminders } from "./schedule-evaluation-reminders";
import { scheduleDecisionReminders } from "./schedule-decision-reminders";
import { closeOfficeYears } from "../billing/close-office-years";
import { invoiceSettlements } from "../billing/invoice-settlements";
import { DIGEST_SECTIONS } from "./digest-sections";

let t: TestDatabase;
let clean2024: { id: string; officeId: string };
const day = (iso: string) => new Date(`${iso}T08:00:00+01:00`); // a morning in Denmark

beforeAll(async () => {
  process.env.NEXTAUTH_URL = "http://klyngeportalen.test";
  t = await createTestDatabase();
  const clean = await t.db.clusterOffice.findFirstOrThrow({ where: { slug: "clean" } });
  clean2024 = await t.db.evaluationReport.findUniqueOrThrow({
    where: { officeId_year: { officeId: clean.id, year: 2024 } },
  });
  // Only CLEAN 2024 is still owed (due 1 March 2025): the others are approved, so they are not reminded.
  await t.db.evaluationReport.updateMany({ where: { id: { not: clean2024.id } }, data: { status: "APPROVED" } });
});
afterAll(async () => {
  await t.drop();
});
beforeEach(async () => {
  await t.db.outboxMessage.deleteMany();
});

const subjects = async (kind: string) =>
  (await t.db.outboxMessage.findMany({ where: { kind }, orderBy: { createdAt: "asc" } })).map((m) => m.subject);

describe("evaluation reminders", () => {
  it("60, 30 and 7 days before, once each; overdue once, then weekly", async () => {
    const sent: Record<string, number> = {};
    for (const iso of [
      "2024-12-30", // 61 days before: nothing
      "2024-12-31", // 60
      "2025-01-01",
      "2025-01-30", // 30
      "2025-01-30", // the same day again: nothing
      "2025-02-20", // 9 days before: the 30-day reminder was sent already
      "2025-02-22", // 7
      "2025-03-01", // the due date itself: not late yet
      "2025-03-02", // overdue
      "2025-03-08",
      "2025-03-09", // a week later
      "2025-03-16", // and again
    ]) {
      sent[iso] = (sent[iso] ?? 0) + (await scheduleEvaluationReminders({ db: t.db, today: day(iso) }));
    }
    expect(sent).toEqual({
      "2024-12-30": 0,
      "2024-12-31": 1,
      "2025-01-01": 0,
      "2025-01-30": 1,
      "2025-02-20": 0,
      "2025-02-22": 1,
      "2025-03-01": 0,
      "2025-03-02": 1,
      "2025-03-08": 0,
      "2025-03-09": 1,
      "2025-03-16": 1,
    });
    expect(await subjects("EVALUATION_REMINDER")).toEqual([
      "Påmindelse: evaluering 2024 skal afleveres senest 1. marts 2025 (om 60 dage)",
      "Påmindelse: evaluering 2024 skal afleveres senest 1. marts 2025 (om 30 dage)",
      "Påmindelse: evaluering 2024 skal afleveres senest 1. marts 2025 (om 7 dage)",
      "Evaluering 2024 er forsinket: fristen var 1. marts 2025",
      "Evaluering 2024 er forsinket: fristen var 1. marts 2025",
      "Evaluering 2024 er forsinket: fristen var 1. marts 2025",
    ]);
    const [first] = await t.db.outboxMessage.findMany({ where: { kind: "EVALUATION_REMINDER" }, take: 1 });
    expect(first!.toAddress).toBe("clean@demo.klyngeportalen.dk");
    expect(first!.textBody).toContain(
      `http://klyngeportalen.test/klyngekontorer/${clean2024.officeId}/evalueringer/2024`,
    );
  });

  it("stops once it is delivered; a returned one is reminded again, saying so", async () => {
    await t.db.evaluationReport.update({ where: { id: clean2024.id }, data: { status: "SUBMITTED" } });
    expect(await scheduleEvaluationReminders({ db: t.db, today: day("2025-03-23") })).toBe(0);
    await t.db.evaluationReport.update({ where: { id: clean2024.id }, data: { status: "RETURNED" } });
    expect(await scheduleEvaluationReminders({ db: t.db, today: day("2025-03-23") })).toBe(1);
    const [mail] = await t.db.outboxMessage.findMany({ where: { kind: "EVALUATION_REMINDER" } });
    expect(mail!.textBody).toContain("Sekretariatet har sendt den retur med bemærkninger");
  });

  it("four schedulers at the same moment queue each reminder once (the unique key; P2002 is skipped)", async () => {
    await t.db.evaluationReport.update({ where: { id: clean2024.id }, data: { status: "NOT_SUBMITTED" } });
    // PostgreSQL: a connection pool each. SQLite: one client, interleaved at every await (several better-sqlite3
    // connections in one process would block each other's event loop).
    const separate = t.provider === "postgresql";
    const clients = [0, 1, 2, 3].map(() => (separate ? createPrismaClient(t.url) : t.db));
    try {
      const runs = await Promise.all(clients.map((db) => scheduleNotices({ db, today: day("2025-02-22") })));
      expect(runs.reduce((sum, r) => sum + r.evaluationReminders, 0)).toBe(1);
      expect(runs.reduce((sum, r) => sum + r.weeklyDigests, 0)).toBe(1);
    } finally {
      if (separate) for (const db of clients) await db.$disconnect();
    }
    expect(await t.db.outboxMessage.count({ where: { kind: "EVALUATION_REMINDER" } })).toBe(1);
  });
});

describe("decision reminders", () => {
  it("30 and 7 days before the deadline, then once after — only to those who have not decided", async () => {
    const agreement = await t.db.agreement.findFirstOrThrow();
    await t.db.agreement.update({
      where: { id: agreement.id },
      data: { decisionDueDate: new Date("2021-06-30T00:00:00Z") },
    });
    // Faxe decides Ja for every office: it is not reminded.
    const faxe = await t.db.user.findUniqueOrThrow({ where: { email: "faxe@demo.klyngeportalen.dk" } });
    const offices = await t.db.participation.findMany({ where: { municipalityId: faxe.municipalityId! } });
    await recordDecisions({
      db: t.db,
      agreementId: (await t.db.agreement.findFirstOrThrow()).id,
      actor: faxe,
      municipalityId: faxe.municipalityId!,
      input: {
        officeIds: offices.map((p) => p.officeId),
        decision: "YES",
        effectiveFromYear: 2021,
        councilBody: "Byrådet",
        meetingDate: "2021-03-25",
        caseReference: "Punkt 12",
        isCorrection: false,
        minutesUrl: undefined,
        note: undefined,
        correctionReason: undefined,
        closedYearReason: undefined,
      },
      expectedVersions: Object.fromEntries(offices.map((p) => [p.officeId, p.version])),
    });
    await t.db.outboxMessage.deleteMany();
    const counts = [];
    for (const iso of [
      "2021-05-30",
      "2021-05-31",
      "2021-06-01",
      "2021-06-23",
      "2021-06-30",
      "2021-07-01",
      "2021-07-08",
    ])
      counts.push(await scheduleDecisionReminders({ db: t.db, today: day(iso) }));
    expect(counts).toEqual([0, 16, 0, 16, 0, 16, 0]);
    const toGreve = await t.db.outboxMessage.findMany({
      where: { kind: "DECISION_REMINDER", toAddress: "greve@demo.klyngeportalen.dk" },
      orderBy: { createdAt: "asc" },
    });
    expect(toGreve.map((m) => m.subject)).toEqual([
      // The subject counts the offices (one is named: lib/notices/templates/reminder-notices.test.ts).
      "Påmindelse: beslutningen om 4 klyngekontorer skal registreres senest 30. juni 2021 (om 30 dage)",
      "Påmindelse: beslutningen om 4 klyngekontorer skal registreres senest 30. juni 2021 (om 7 dage)",
      "Fristen for beslutningen om 4 klyngekontorer er overskredet (30. juni 2021)",
    ]);
    expect(toGreve[0]!.textBody).toContain("- We Build Denmark (2021–2024)");
    expect(toGreve[0]!.textBody).toContain(
      `http://klyngeportalen.test/kommuner/0253/beslutninger/ny?periode=${agreement.id}`,
    );
    expect(await t.db.outboxMessage.count({ where: { toAddress: "faxe@demo.klyngeportalen.dk" } })).toBe(0);
  });
});

describe("the weekly digest", () => {
  it("once per week to the secretariat: decisions, missing decisions with the deadline, evaluations", async () => {
    expect((await scheduleNotices({ db: t.db, today: day("2021-07-05") })).weeklyDigests).toBe(1); // a Monday
    expect((await scheduleNotices({ db: t.db, today: day("2021-07-09") })).weeklyDigests).toBe(0); // same week
    expect((await scheduleNotices({ db: t.db, today: day("2021-07-12") })).weeklyDigests).toBe(1);
    const [digest] = await t.db.outboxMessage.findMany({
      where: { kind: "WEEKLY_DIGEST" },
      orderBy: { createdAt: "asc" },
    });
    expect(digest!.toAddress).toBe("sekretariat@demo.klyngeportalen.dk");
    expect(digest!.subject).toBe("Ugeoversigt 2021, uge 27: Regionale klyngekontorer 2021-2024");
    expect(digest!.textBody).toContain("Manglende beslutninger pr. klyngekontor:");
    expect(digest!.textBody).toContain("We Build Denmark (frist 30. juni 2021): 15 mangler — Greve,");
    expect(digest!.textBody).toContain("Evalueringer: til behandling, snart forfaldne og forsinkede:");
  });

  it("lists the evaluations of every period of the region, also when a later period is current", async () => {
    const agreement = await t.db.agreement.findFirstOrThrow();
    const evaluations = DIGEST_SECTIONS.find((section) => section.name === "evaluationsDueOrOverdue")!;
    // The digest of a later period of the same region, in February 2025 (2025–2028 current, 2021–2024 not).
    const laterPeriod = { agreement: { ...agreement, id: "a-later-period" } } as Parameters<
      typeof evaluations
    >[0]["view"];
    const content = await evaluations({ db: t.db, view: laterPeriod, today: day("2025-02-20") });
    const lines = content!.blocks.flatMap((block) => ("list" in block ? block.list : []));
    // Only CLEAN 2024 is owed in this database (beforeAll): named, though its period is not the digest's.
    expect(lines).toEqual(["CLEAN – Danmarks Miljøteknologiklynge 2024: frist 1. marts 2025 (om 9 dage)"]);
  });

  it("lists the open settlements: a closed year whose amounts changed since it was invoiced", async () => {
    const agreement = await t.db.agreement.findFirstOrThrow();
    const secretariat = await t.db.user.findUniqueOrThrow({ where: { email: "sekretariat@demo.klyngeportalen.dk" } });
    const clean = await t.db.clusterOffice.findFirstOrThrow({ where: { slug: "clean" } });
    await closeOfficeYears({
      db: t.db,
      actor: secretariat,
      agreementId: agreement.id,
      year: 2021,
      officeIds: [clean.id],
      reason: "Opkræves efter KKR's beslutning",
    });
    const greve = await t.db.municipality.findUniqueOrThrow({ where: { code: "0253" } });
    const versions = await t.db.participation.findMany({ where: { municipalityId: greve.id } });
    await recordDecisions({
      db: t.db,
      agreementId: agreement.id,
      actor: secretariat,
      municipalityId: greve.id,
      input: {
        officeIds: [clean.id],
        decision: "NO",
        effectiveFromYear: 2021,
        councilBody: "Byrådet",
        meetingDate: "2021-02-25",
        caseReference: "Punkt 8",
        isCorrection: false,
        minutesUrl: undefined,
        note: undefined,
        correctionReason: undefined,
        closedYearReason: "Byrådet sagde nej før opkrævningen",
      },
      expectedVersions: Object.fromEntries(versions.map((p) => [p.officeId, p.version])),
    });
    // Each municipality's mail says what it will be credited or charged for the closed year, in kroner: what it
    // should pay now minus what it was invoiced (read from the invoice lines, not from the mail).
    const invoiced = async (code: string) =>
      (
        await t.db.invoiceLine.findMany({
          where: { municipality: { code }, closing: { officeId: clean.id, year: 2021 } },
        })
      ).reduce((sum, line) => sum + line.amount, 0);
    const kr = (n: number) => `${n.toLocaleString("da-DK")} kr.`;
    const mailTo = async (kind: string, email: string) =>
      (await t.db.outboxMessage.findFirstOrThrow({ where: { kind, recipient: { email } } })).textBody;
    const greveInvoiced = await invoiced("0253");
    expect(greveInvoiced).toBeGreaterThan(0);
    const greveMail = await mailTo("DECISION_ON_BEHALF", "greve@demo.klyngeportalen.dk");
    expect(greveMail).toContain("Greve Kommunes beløb, før → efter:");
    expect(greveMail).toContain(
      `CLEAN – Danmarks Miljøteknologiklynge 2021: ${kr(greveInvoiced)} → 0 kr. ` +
        `(året er opkrævet: efterregulering i alt ${kr(greveInvoiced)}, som krediteres særskilt)`,
    );
    expect(greveMail).toContain(
      "Ændrer år, der er lukket og opkrævet (CLEAN – Danmarks Miljøteknologiklynge 2021) – begrundelse: " +
        "Byrådet sagde nej før opkrævningen",
    );
    const faxeMail = await mailTo("SHARE_CHANGED", "faxe@demo.klyngeportalen.dk");
    const [, after] = faxeMail.match(/CLEAN – Danmarks Miljøteknologiklynge 2021: [\d.]+ kr\. → ([\d.]+) kr\./)!;
    const faxeExtra = Number(after!.replace(/\./g, "")) - (await invoiced("0320"));
    expect(faxeExtra).toBeGreaterThan(0);
    expect(faxeMail).toContain(`(året er opkrævet: efterregulering i alt ${kr(faxeExtra)}, som opkræves særskilt)`);
    // The closing told each municipality what it was invoiced (queued before the decision, still in the outbox).
    const invoicedMail = await t.db.outboxMessage.findFirstOrThrow({
      where: { kind: "YEAR_INVOICED", recipient: { email: "greve@demo.klyngeportalen.dk" } },
    });
    expect(invoicedMail.subject).toBe(`Opkrævning 2021 for Greve Kommune: ${kr(greveInvoiced)} opkræves`);
    expect(invoicedMail.textBody).toContain(
      `CLEAN – Danmarks Miljøteknologiklynge 2021: ${kr(greveInvoiced)} opkræves`,
    );
    await t.db.outboxMessage.deleteMany();
    expect((await scheduleNotices({ db: t.db, today: day("2021-07-19") })).weeklyDigests).toBe(1);
    const [digest] = await t.db.outboxMessage.findMany({ where: { kind: "WEEKLY_DIGEST" } });
    expect(digest!.textBody).toContain("Åbne efterreguleringer (lukkede år, hvis beløb er ændret):");
    expect(digest!.textBody).toMatch(
      /- CLEAN – Danmarks Miljøteknologiklynge 2021: [+−]?[\d.]+ kr\. i alt, \d+ betalere/,
    );
    // A credit is written with a true minus sign, as everywhere else in the app: never a hyphen.
    expect(digest!.textBody).not.toMatch(/: -\d/);
    // Invoicing the settlements tells Greve its credit, Faxe its extra charge.
    await t.db.outboxMessage.deleteMany();
    await invoiceSettlements({ db: t.db, actor: secretariat, agreementId: agreement.id, year: 2021 });
    const credit = await mailTo("YEAR_INVOICED", "greve@demo.klyngeportalen.dk");
    expect(credit).toContain(
      `CLEAN – Danmarks Miljøteknologiklynge 2021, efterregulering: ${kr(greveInvoiced)} krediteres`,
    );
    expect(await mailTo("YEAR_INVOICED", "faxe@demo.klyngeportalen.dk")).toContain(
      `CLEAN – Danmarks Miljøteknologiklynge 2021, efterregulering: ${kr(faxeExtra)} opkræves`,
    );
  });
});
