/**
 * Issue 11 on a real database (SQLite and PostgreSQL): closing invoices every payer exactly what the engine says
 * and the office's total; closing twice, or by two people at once, invoices once; a process killed while closing
 * leaves the year closed completely or not at all; a later change to a closed year is a settlement — refused for a
 * contact, recorded with the secretariat's reason — and invoicing the settlements brings what was invoiced back to
 * what should be paid; reopening keeps the history.
 */
import { loadInvoicingFile } from "./invoicing-file";
import { formatKroner } from "../format";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../db/create-client";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { loadAgreement } from "../shares/load-agreement";
import { amountFor } from "../allocation";
import { Refusal } from "../actions/refusal";
import { recordDecisions } from "../decisions/record-decisions";
import type { DecisionFormInput } from "../decisions/decision-schema";
import { closeOfficeYears } from "./close-office-years";
import { invoiceSettlements } from "./invoice-settlements";
import { reopenOfficeYear } from "./reopen-office-year";
import { loadBillingRecords } from "./load-billing-records";
import { officeYearBilling } from "./billing-state";
import { loadBilling } from "./load-billing";
import { planPayments, recordPayments } from "./record-payments";
import type { PaymentRow } from "./payments-file";
import { participationVersions } from "../testing/decision-input";

const root = path.resolve(__dirname, "../..");
let t: TestDatabase;
beforeAll(async () => {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "kp-closing-"));
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

async function context(db = t.db) {
  const region = await db.region.findUniqueOrThrow({ where: { code: "1085" } });
  const agreement = await db.agreement.findFirstOrThrow({
    where: { regionId: region.id },
    orderBy: { firstYear: "asc" },
  });
  const offices = await db.clusterOffice.findMany({
    where: { agreementId: agreement.id },
    orderBy: { position: "asc" },
  });
  const secretariat = await db.user.findFirstOrThrow({ where: { role: "SECRETARIAT", regionId: region.id } });
  const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" } });
  return { agreement, offices, secretariat, admin, officeIds: offices.map((o) => o.id) };
}

/** Per office: the sum of its invoice lines for the year, and per municipality code what it was invoiced. */
async function invoiced(year: number) {
  const lines = await t.db.invoiceLine.findMany({
    where: { closing: { year } },
    include: { closing: true, municipality: true },
  });
  const perOffice = new Map<string, number>();
  const perPayer = new Map<string, number>();
  for (const line of lines) {
    perOffice.set(line.closing.officeId, (perOffice.get(line.closing.officeId) ?? 0) + line.amount);
    const key = `${line.closing.officeId}:${line.municipality.code}`;
    perPayer.set(key, (perPayer.get(key) ?? 0) + line.amount);
  }
  return { lines, perOffice, perPayer };
}

const decision = (o: Partial<DecisionFormInput> & Pick<DecisionFormInput, "officeIds" | "decision">) =>
  ({
    effectiveFromYear: 2021,
    councilBody: "Byrådet",
    meetingDate: "2021-03-01",
    caseReference: "Punkt 7",
    isCorrection: false,
    ...o,
  }) as DecisionFormInput;

describe("closing a year", () => {
  it("refuses an unsettled year without a reason, and stores nothing", async () => {
    const { agreement, secretariat, officeIds } = await context();
    const error = await closeOfficeYears({
      db: t.db,
      actor: secretariat,
      agreementId: agreement.id,
      year: 2021,
      officeIds,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Refusal);
    expect((error as Refusal).message).toMatch(
      /^Ikke afklaret: We Build Denmark \(16 kommuner har ikke besluttet sig\)/,
    );
    expect((error as Refusal).fieldErrors).toEqual({
      reason: "Skriv en begrundelse for at lukke, selv om året ikke er afklaret.",
    });
    expect(await t.db.yearClosing.count()).toBe(0);
    expect(await t.db.invoiceLine.count()).toBe(0);
  });

  it("invoices every lead and participating municipality what the engine says; each office's lines add up to its total", async () => {
    const { agreement, secretariat, officeIds } = await context();
    await closeOfficeYears({
      db: t.db,
      actor: secretariat,
      agreementId: agreement.id,
      year: 2021,
      officeIds,
      reason: "Byrådsbeslutningerne er ikke alle registreret; opkræves efter KKR's beslutning",
    });
    const view = await loadAgreement({ db: t.db, agreementId: agreement.id });
    const { perOffice, perPayer } = await invoiced(2021);
    for (const officeId of officeIds) {
      const entry = view.allocationFor(officeId, 2021);
      // 1 mio. kr.: the lead contribution and the pool, to the krone.
      expect(perOffice.get(officeId)).toBe(1_000_000);
      expect(entry.allocation.total).toBe(1_000_000);
      for (const m of view.municipalities) {
        expect(perPayer.get(`${officeId}:${m.code}`) ?? 0).toBe(amountFor(entry, m.code).amount);
      }
    }
    const closing = await t.db.yearClosing.findFirstOrThrow({ where: { year: 2021 } });
    expect(closing.unsettled).toBe("16 kommuner har ikke besluttet sig");
    expect(await t.db.auditEvent.count({ where: { action: "billing.closed" } })).toBe(4);
  });

  it("closing twice invoices once", async () => {
    const { agreement, secretariat, officeIds } = await context();
    const before = await t.db.invoiceLine.count();
    const error = await closeOfficeYears({
      db: t.db,
      actor: secretariat,
      agreementId: agreement.id,
      year: 2021,
      officeIds: officeIds.slice(0, 1),
      reason: "igen",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Refusal);
    expect((error as Error).message).toMatch(/^We Build Denmark 2021 blev lukket .* Intet er lukket\.$/);
    expect(await t.db.invoiceLine.count()).toBe(before);
  });

  // What the closing page shows of 2024 and sends back with the form (lib/billing/load-billing.ts).
  const shownOf2024 = async (agreementId: string) => {
    const billing = (await loadBilling({
      db: t.db,
      agreementId,
      version: await versionOf(agreementId),
      year: "2024",
    }))!;
    // Every payer of every office with the amount the page shows it, as "office:code" → kroner.
    const perPayer = new Map(billing.offices.flatMap((o) => o.payers.map((p) => [`${o.id}:${p.code}`, p.computed])));
    // Why each office's year is not settled, as the page says it.
    const unsettled = new Map(billing.offices.map((o) => [o.id, o.unsettled]));
    return { all: billing.openShown, perPayer, unsettled };
  };
  const versionOf = async (agreementId: string) =>
    (await t.db.agreement.findUniqueOrThrow({ where: { id: agreementId } })).dataVersion;
  const councilSays = async (code: string, input: DecisionFormInput) => {
    const municipality = await t.db.municipality.findUniqueOrThrow({ where: { code } });
    const { agreement, secretariat } = await context();
    await recordDecisions({
      db: t.db,
      actor: secretariat,
      municipalityId: municipality.id,
      agreementId: agreement.id,
      input,
      expectedVersions: await participationVersions(t.db, municipality.id),
    });
  };

  // Closing every office's 2024 as the page showed it (`shown`): refused as changed, and nothing closed.
  const expectCloseOf2024Refused = async (shown: string) => {
    const { agreement, secretariat, officeIds } = await context();
    const error = await closeOfficeYears({
      db: t.db,
      actor: secretariat,
      agreementId: agreement.id,
      year: 2024,
      officeIds,
      reason: "Efter KKR's beslutning",
      shown,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Refusal);
    expect((error as Error).message).toMatch(
      /^Beløbene eller årets afklaring er ændret, siden siden blev vist .* Intet er lukket\./,
    );
    expect(await t.db.yearClosing.count({ where: { year: 2024 } })).toBe(0);
  };

  it("refuses when only the year's status changed after the page showed it, and says so", async () => {
    const { agreement, officeIds } = await context();
    const shown = await shownOf2024(agreement.id);
    // A council that had not decided for any office in 2024 (not Faxe, whom the next tests use) says Ja for 2024:
    // no amount moves (an undecided council is counted in until it says Nej), but fewer have not decided.
    const view = (await loadAgreement({ db: t.db, agreementId: agreement.id }))!;
    const entries = officeIds.map((id) => view.allocationFor(id, 2024));
    const pending = entries[0]!.states.find(
      (s) =>
        s.code !== "0320" &&
        entries.every((e) => e.states.some((other) => other.code === s.code && other.state === "PENDING")),
    )!;
    expect(pending).toBeDefined();
    await councilSays(
      pending.code,
      decision({
        officeIds,
        decision: "YES",
        effectiveFromYear: 2024,
        effectiveToYear: 2024,
        meetingDate: "2024-01-10",
      }),
    );
    const now = await shownOf2024(agreement.id);
    expect(now.perPayer).toEqual(shown.perPayer);
    for (const id of officeIds) expect(now.unsettled.get(id)).not.toBe(shown.unsettled.get(id));
    expect(now.all).not.toBe(shown.all);
    await expectCloseOf2024Refused(shown.all);
  });

  it("refuses when a save moved the year's amounts after the page showed them, and closes nothing", async () => {
    const { agreement, officeIds } = await context();
    const shown = await shownOf2024(agreement.id);
    // Meanwhile Faxe's council joins every office from 2024: every payer's 2024 share moves.
    await councilSays(
      "0320",
      decision({ officeIds, decision: "YES", effectiveFromYear: 2024, meetingDate: "2024-01-10" }),
    );
    await expectCloseOf2024Refused(shown.all);
    expect(await t.db.invoiceLine.count({ where: { closing: { year: 2024 } } })).toBe(0);
  });

  it("closes what the page showed when a save meanwhile changed another year only", async () => {
    const { agreement, secretariat, officeIds } = await context();
    const shown = await shownOf2024(agreement.id);
    const version = await versionOf(agreement.id);
    // Meanwhile Faxe's council leaves every office for 2023 only: the period changes, 2024's amounts do not.
    await councilSays(
      "0320",
      decision({
        officeIds,
        decision: "NO",
        effectiveFromYear: 2023,
        effectiveToYear: 2023,
        meetingDate: "2024-02-10",
      }),
    );
    expect(await versionOf(agreement.id)).toBeGreaterThan(version);
    expect((await shownOf2024(agreement.id)).perPayer).toEqual(shown.perPayer);
    await closeOfficeYears({
      db: t.db,
      actor: secretariat,
      agreementId: agreement.id,
      year: 2024,
      officeIds,
      reason: "Efter KKR's beslutning",
      shown: shown.all,
    });
    expect(await t.db.yearClosing.count({ where: { year: 2024 } })).toBe(4);
    // What the page showed is what was invoiced, payer by payer, to the krone.
    expect((await invoiced(2024)).perPayer).toEqual(shown.perPayer);
  });

  it("two secretariat users closing the same year at once invoice once", async () => {
    const { agreement, secretariat, officeIds } = await context();
    // PostgreSQL: two connections, as two app processes have. SQLite serves one process (one connection).
    const other = t.provider === "postgresql" ? createPrismaClient(t.url) : t.db;
    try {
      const results = await Promise.allSettled(
        [t.db, other].map((db) =>
          closeOfficeYears({
            db,
            actor: secretariat,
            agreementId: agreement.id,
            year: 2022,
            officeIds,
            reason: "samtidig",
          }),
        ),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
      expect(lost.reason, String(lost.reason)).toBeInstanceOf(Refusal);
    } finally {
      if (other !== t.db) await other.$disconnect();
    }
    expect(await t.db.yearClosing.count({ where: { year: 2022 } })).toBe(4);
    const { perOffice } = await invoiced(2022);
    for (const officeId of officeIds) expect(perOffice.get(officeId)).toBe(1_000_000);
  });
});

describe("a change to a closed year", () => {
  it("is refused for a contact, needs the secretariat's reason, and becomes settlements that sum to the change", async () => {
    const { agreement, offices, secretariat } = await context();
    const clean = offices.find((o) => o.slug === "clean")!;
    const holbaek = await t.db.municipality.findUniqueOrThrow({ where: { code: "0316" } });
    const contact = await t.db.user.findFirstOrThrow({ where: { municipalityId: holbaek.id } });
    const versions = async () =>
      Object.fromEntries(
        (await t.db.participation.findMany({ where: { municipalityId: holbaek.id } })).map((p) => [
          p.officeId,
          p.version,
        ]),
      );
    const nej = decision({ officeIds: [clean.id], decision: "NO", effectiveToYear: 2021 });
    const decisionsBefore = await t.db.councilDecision.count();
    const shownBefore = (await loadBilling({
      db: t.db,
      agreementId: agreement.id,
      version: (await t.db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).dataVersion,
      year: "2021",
    }))!.settlementsShown;
    const asContact = await recordDecisions({
      db: t.db,
      actor: contact,
      municipalityId: holbaek.id,
      agreementId: agreement.id,
      input: nej,
      expectedVersions: await versions(),
    }).catch((e: unknown) => e);
    expect(asContact).toBeInstanceOf(Refusal);
    expect((asContact as Error).message).toContain("lukket og opkrævet (CLEAN");
    expect((asContact as Error).message).toContain("sekretariat@demo.klyngeportalen.dk");
    const withoutReason = await recordDecisions({
      db: t.db,
      actor: secretariat,
      municipalityId: holbaek.id,
      agreementId: agreement.id,
      input: nej,
      expectedVersions: await versions(),
    }).catch((e: unknown) => e);
    expect((withoutReason as Refusal).fieldErrors.closedYearReason).toContain("Skriv en begrundelse");
    expect(await t.db.councilDecision.count()).toBe(decisionsBefore);

    await recordDecisions({
      db: t.db,
      actor: secretariat,
      municipalityId: holbaek.id,
      agreementId: agreement.id,
      input: { ...nej, closedYearReason: "Referatet kom efter lukningen" },
      expectedVersions: await versions(),
    });
    const view = await loadAgreement({ db: t.db, agreementId: agreement.id });
    const records = await loadBillingRecords({ db: t.db, agreementId: agreement.id, year: 2021 });
    const codes = view.municipalities.map((m) => m.code);
    const billing = officeYearBilling({ entry: view.allocationFor(clean.id, 2021), codes, ...records });
    // Holbæk is credited what it paid; the others pay its share between them; the total is kept (15 of 16 ≥ 14).
    const holbaekLine = billing.payers.find((p) => p.code === "0316")!;
    expect(holbaekLine.computed).toBe(0);
    expect(holbaekLine.settlement).toBe(-holbaekLine.invoiced);
    expect(billing.settlement).toBe(view.allocationFor(clean.id, 2021).allocation.total - 1_000_000);
    expect(billing.settlement).toBe(0);
    expect(billing.payers.filter((p) => p.settlement > 0).length).toBe(15);

    // A page read before that decision showed no settlements: invoicing from it is refused, nothing invoiced.
    const settlementsShown = async (version: number) =>
      (await loadBilling({ db: t.db, agreementId: agreement.id, version, year: "2021" }))!.settlementsShown;
    const stale = await invoiceSettlements({
      db: t.db,
      actor: secretariat,
      agreementId: agreement.id,
      year: 2021,
      shown: shownBefore,
    }).catch((e: unknown) => e);
    expect((stale as Error).message).toMatch(/^Beløbene er ændret, siden siden blev vist .* Intet er opkrævet\./);
    expect(await t.db.invoiceLine.count({ where: { kind: "SETTLEMENT" } })).toBe(0);
    const version = (await t.db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).dataVersion;
    const { message } = await invoiceSettlements({
      db: t.db,
      actor: secretariat,
      agreementId: agreement.id,
      year: 2021,
      shown: await settlementsShown(version),
    });
    // Said as what it is: the extra invoices and the credit, not "i alt 0 kr.".
    const credit = formatKroner(holbaekLine.invoiced);
    expect(credit).toMatch(/^\d{1,3}(\.\d{3})* kr\.$/);
    // One full stop at the end: the amount's own.
    expect(message).toBe(
      `16 efterreguleringer for 2021 er opkrævet: 15 ekstra opkrævninger på i alt ${credit} og 1 kreditering på i alt ${credit}`,
    );
    const settlement = await t.db.invoiceLine.findFirstOrThrow({
      where: { kind: "SETTLEMENT", municipalityId: holbaek.id },
    });
    expect(settlement.text).toBe(
      "Efterregulering CLEAN – Danmarks Miljøteknologiklynge 2021: Holbæk Kommune: Nej 2021 (møde 1. marts 2021) — Referatet kom efter lukningen",
    );
    const { perPayer } = await invoiced(2021);
    const after = await loadAgreement({ db: t.db, agreementId: agreement.id });
    for (const m of after.municipalities) {
      expect(perPayer.get(`${clean.id}:${m.code}`) ?? 0).toBe(
        amountFor(after.allocationFor(clean.id, 2021), m.code).amount,
      );
    }
    // The invoicing file keeps Holbæk, credited back to 0 kr.: its line says what was invoiced and the credit, and
    // the file still adds up to what the office was invoiced in all.
    const file = (await loadInvoicingFile({ db: t.db, agreementId: agreement.id, year: "2021" }))!;
    const cleanLines = file.lines.filter((l) => l.officeCode === clean.slug);
    expect(cleanLines.find((l) => l.municipalityCode === "0316")).toMatchObject({
      amount: holbaekLine.invoiced,
      settlement: -holbaekLine.invoiced,
      openSettlement: 0,
    });
    expect(cleanLines.reduce((sum, l) => sum + l.amount, 0)).toBe(1_000_000);
    expect(cleanLines.reduce((sum, l) => sum + l.settlement, 0)).toBe(0);

    // Nothing is open any more: a second press invoices nothing.
    const again = await invoiceSettlements({
      db: t.db,
      actor: secretariat,
      agreementId: agreement.id,
      year: 2021,
    }).catch((e: unknown) => e);
    expect((again as Error).message).toBe("Der er ingen åbne efterreguleringer for 2021.");
  });

  it("reopening keeps what was invoiced; closing again invoices only the difference", async () => {
    const { agreement, offices, admin, secretariat } = await context();
    const food = offices.find((o) => o.slug === "food-bio-cluster")!;
    const linesBefore = await t.db.invoiceLine.count({ where: { closing: { officeId: food.id, year: 2022 } } });
    await reopenOfficeYear({ db: t.db, actor: admin, officeId: food.id, year: 2022, reason: "Forkert lead-fordeling" });
    expect(await t.db.invoiceLine.count({ where: { closing: { officeId: food.id, year: 2022 } } })).toBe(linesBefore);
    await closeOfficeYears({
      db: t.db,
      actor: secretariat,
      agreementId: agreement.id,
      year: 2022,
      officeIds: [food.id],
      reason: "Lukket igen",
    });
    const rounds = await t.db.yearClosing.findMany({
      where: { officeId: food.id, year: 2022 },
      orderBy: { round: "asc" },
    });
    expect(rounds.map((r) => [r.round, !!r.reopenedAt])).toEqual([
      [1, true],
      [2, false],
    ]);
    // Nothing changed in between: the second closing adds no line, and 1 mio. kr. stays invoiced.
    expect(await t.db.invoiceLine.count({ where: { closingId: rounds[1]!.id } })).toBe(0);
    expect((await invoiced(2022)).perOffice.get(food.id)).toBe(1_000_000);
  });

  it("closing a reopened year whose shares moved says what is charged and what is credited, not a net 0 kr.", async () => {
    const { agreement, offices, admin, secretariat } = await context();
    const food = offices.find((o) => o.slug === "food-bio-cluster")!;
    const ringsted = await t.db.municipality.findUniqueOrThrow({ where: { code: "0329" } });
    const paid = (await invoiced(2022)).perPayer.get(`${food.id}:0329`)!;
    expect(paid).toBeGreaterThan(0);
    await reopenOfficeYear({ db: t.db, actor: admin, officeId: food.id, year: 2022, reason: "Ringsted sagde nej" });
    // Ringsted's council said Nej for 2022 only; the others share its part of the pool (the total is kept).
    await recordDecisions({
      db: t.db,
      actor: secretariat,
      municipalityId: ringsted.id,
      agreementId: agreement.id,
      input: decision({ officeIds: [food.id], decision: "NO", effectiveFromYear: 2022, effectiveToYear: 2022 }),
      expectedVersions: await participationVersions(t.db, ringsted.id),
    });
    const { message } = await closeOfficeYears({
      db: t.db,
      actor: secretariat,
      agreementId: agreement.id,
      year: 2022,
      officeIds: [food.id],
      reason: "Lukket igen",
    });
    expect(message).toBe(
      `Food & Bio Cluster Denmark 2022 er lukket: ${formatKroner(paid)} opkrævet og ${formatKroner(paid)} krediteret.`,
    );
    expect((await invoiced(2022)).perPayer.get(`${food.id}:0329`)).toBe(0);
    expect((await invoiced(2022)).perOffice.get(food.id)).toBe(1_000_000);
    // The invoicing file: the first closing's amount stays; the credit of the closing after the reopening is
    // Ringsted's latest, with its day, so the finance system sees what to send now (it read «0;0» before).
    const file = (await loadInvoicingFile({ db: t.db, agreementId: agreement.id, year: "2022" }))!;
    const ringstedLine = file.lines.find((l) => l.officeCode === food.slug && l.municipalityCode === "0329")!;
    expect(ringstedLine).toMatchObject({ amount: paid, settlement: -paid, openSettlement: 0 });
    expect(ringstedLine.latest?.amount).toBe(-paid);
    expect(Date.now() - ringstedLine.latest!.at.getTime()).toBeLessThan(60_000);
    const foodLines = file.lines.filter((l) => l.officeCode === food.slug);
    expect(foodLines.reduce((sum, l) => sum + l.amount + l.settlement, 0)).toBe(1_000_000);
  });
});

describe("an invoice and its payment typed in by hand", () => {
  it("asks before a payment above what is owed, refuses a date far from the year; a file's such row is marked", async () => {
    const { agreement, offices, secretariat } = await context();
    const office = offices[0]!;
    const { perPayer } = await invoiced(2021);
    const owed = perPayer.get(`${office.id}:0370`)!;
    expect(owed).toBeGreaterThan(0);
    const row = (amount: number | null, invoiceDate = "2021-03-15"): PaymentRow => ({
      line: 1,
      municipalityCode: "0370",
      office: office.slug,
      year: 2021,
      reference: "F-77",
      invoiceDate,
      dueDate: "2031-04-15",
      payment: amount === null ? null : { amount, paidDate: "2031-04-20" },
    });
    const record = (r: PaymentRow, confirmedOverpayment = false) =>
      recordPayments({
        db: t.db,
        actor: secretariat,
        agreementId: agreement.id,
        rows: [r],
        source: "indtastet",
        typedIn: true,
        confirmedOverpayment,
      });
    const stored = async () => ({ invoices: await t.db.invoice.count(), payments: await t.db.payment.count() });
    const before = await stored();

    // 2031 for 2021: told at the field, nothing stored.
    const far = await record(row(null, "2031-03-15")).catch((error: unknown) => error);
    expect(far).toBeInstanceOf(Refusal);
    expect((far as Refusal).fieldErrors).toEqual({
      invoiceDate:
        "Betalingen er ikke gemt: fakturadatoen 15. marts 2031 ligger langt fra 2021; en faktura for 2021 er dateret " +
        "mellem 1. januar 2020 og 31. december 2026.",
    });
    // One digit too many: asked, with what is owed; nothing stored until the «Ja».
    const over = await record(row(owed * 10)).catch((error: unknown) => error);
    expect((over as Refusal).fieldErrors.amount).toBe(
      `Betalingen på ${formatKroner(owed * 10)} er mere, end Næstved skylder for ${office.name} 2021: opkrævet ` +
        `${formatKroner(owed)}, betalt før 0 kr. Ret beløbet, eller bekræft, at det er rigtigt.`,
    );
    expect((over as Refusal).data).toEqual({ askOverpayment: true });
    expect(await stored()).toEqual(before);
    // Paid in two parts: the second is asked about only when it takes the sum above what is owed.
    await record(row(owed - 100));
    const second = await record({ ...row(101), payment: { amount: 101, paidDate: "2031-05-01" } }).catch(
      (error: unknown) => error,
    );
    expect((second as Refusal).fieldErrors.amount).toContain(`betalt før ${formatKroner(owed - 100)}`);
    await record({ ...row(100), payment: { amount: 100, paidDate: "2031-05-01" } });
    await record({ ...row(5), payment: { amount: 5, paidDate: "2031-05-02" } }, true);
    expect(await stored()).toEqual({ invoices: before.invoices + 1, payments: before.payments + 3 });

    // An invoice number is one payer's: the same number for Greve is a slip, said at the field.
    const reused = await record({ ...row(null), municipalityCode: "0253" }).catch((error: unknown) => error);
    expect((reused as Refusal).fieldErrors).toEqual({
      reference: `Betalingen er ikke gemt: fakturanummer F-77 er allerede brugt til Næstved, ${office.name} 2021.`,
    });
    // A file from the finance system says what was paid: not asked, but its preview marks the row.
    const plan = await planPayments({
      db: t.db,
      agreementId: agreement.id,
      rows: [
        { ...row(7), line: 2, payment: { amount: 7, paidDate: "2031-06-01" } },
        { ...row(null), line: 3, municipalityCode: "0253", reference: "F-78" },
      ],
    });
    expect(plan.map((r) => [r.line, r.overpaid, r.paidBefore])).toEqual([
      [2, true, owed + 5],
      [3, false, 0],
    ]);
  });
});

describe("a process killed while closing a year", () => {
  it("leaves every office-year closed with all its lines, or not closed at all", async () => {
    const runAndKill = (killAfterMs: number) =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "lib/testing/closing-child.ts")], {
          cwd: root,
          env: { ...process.env, DATABASE_URL: t.url },
          stdio: ["ignore", "pipe", "inherit"],
        });
        let closed = 0;
        child.stdout.on("data", (chunk: Buffer) => {
          const text = chunk.toString();
          closed += text.split("closed").length - 1;
          if (text.includes("ready")) setTimeout(() => child.kill("SIGKILL"), killAfterMs);
        });
        child.on("exit", () => resolve(closed));
        child.on("error", reject);
      });
    // A fresh database: the test's own closings above would be cleared by the child.
    const crash = await createTestDatabase();
    const saved = t;
    t = crash;
    try {
      let total = 0;
      for (let i = 0; i < 6; i++) {
        total += await runAndKill(200 + ((i * 331) % 1500));
        const closings = await t.db.yearClosing.findMany({ include: { lines: true } });
        const byYear = new Map<number, typeof closings>();
        for (const c of closings) byYear.set(c.year, [...(byYear.get(c.year) ?? []), c]);
        for (const [, ofYear] of byYear) {
          expect(ofYear).toHaveLength(4); // all four offices of the year, never some
          for (const c of ofYear) expect(c.lines.reduce((sum, l) => sum + l.amount, 0)).toBe(1_000_000);
        }
      }
      expect(total).toBeGreaterThan(0);
    } finally {
      t = saved;
      await crash.drop();
    }
  }, 120_000);
});
