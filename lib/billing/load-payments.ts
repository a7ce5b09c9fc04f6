/**
 * Payments of a period (issue 11): per closed office-year and municipality what was invoiced, the invoices and
 * payments registered, and where it stands — for the payments page (one year) and the follow-up list (every
 * overdue one of the period).
 */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { now } from "../clock";
import { loadAgreementCached } from "../shares/agreement-cache";
import { pickYear } from "../shares/pick-year";
import { officeYearBilling, type InvoiceLineRecord } from "./billing-state";
import { loadBillingRecords } from "./load-billing-records";
import { paymentStatus } from "./payment-status";

/**
 * What the portal invoiced a payer for an office-year, round by round, oldest first (each round is one line: the
 * closing's, each settlement's, a closing's after a reopening): the finance system sends an invoice for each.
 */
function roundsOf(
  billing: { closings: readonly { id: string }[] },
  lines: readonly InvoiceLineRecord[],
  code: string,
): number[] {
  const closingIds = new Set(billing.closings.map((c) => c.id));
  return lines
    .filter((l) => closingIds.has(l.closingId) && l.municipalityCode === code && l.amount !== 0)
    .sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0))
    .map((l) => l.amount);
}

async function paymentRows({ db, agreementId, years }: { db: DbClient; agreementId: string; years?: number[] }) {
  const view = await loadAgreementCached({ db, agreementId });
  if (!view) return null;
  const wanted = years ?? view.years;
  const [records, invoices] = await Promise.all([
    loadBillingRecords({ db, agreementId }),
    db.invoice.findMany({
      where: { office: { agreementId }, year: { in: wanted } },
      orderBy: { invoiceDate: "asc" },
      include: { payments: { orderBy: { paidDate: "asc" } }, municipality: { select: { code: true } } },
    }),
  ]);
  const codes = view.municipalities.map((m) => m.code);
  const today = now();
  const rows = wanted.flatMap((year) =>
    view.offices.flatMap((office) => {
      const billing = officeYearBilling({ entry: view.allocationFor(office.id, year), codes, ...records });
      if (billing.closings.length === 0) return [];
      return billing.payers.flatMap((payer) => {
        const own = invoices.filter(
          (i) => i.officeId === office.id && i.year === year && i.municipality.code === payer.code,
        );
        // Nothing invoiced (now) and nothing registered: no line. Credited back to 0 kr. after paying, the line
        // stays: the municipality has money to get back («Til gode»), which the secretariat has to pay.
        if (payer.invoiced === 0 && own.length === 0) return [];
        return [
          {
            year,
            officeId: office.id,
            officeName: office.name,
            officeSlug: office.slug,
            code: payer.code,
            name: view.municipalities.find((m) => m.code === payer.code)!.name,
            invoiced: payer.invoiced,
            invoices: own.map((i) => ({
              id: i.id,
              reference: i.reference,
              invoiceDate: i.invoiceDate,
              dueDate: i.dueDate,
              payments: i.payments.map((p) => ({ id: p.id, amount: p.amount, paidDate: p.paidDate })),
            })),
            ...paymentStatus({
              invoiced: payer.invoiced,
              invoices: own,
              rounds: roundsOf(billing, records.lines, payer.code),
              today,
            }),
          },
        ];
      });
    }),
  );
  return { view, rows };
}

export async function loadPayments({
  agreementId,
  year: requestedYear,
  db = appDb,
}: {
  agreementId: string;
  year?: string;
  db?: DbClient;
}) {
  const view = await loadAgreementCached({ db, agreementId });
  if (!view) return null;
  const year = pickYear(view.years, requestedYear);
  const loaded = await paymentRows({ db, agreementId, years: [year] });
  if (!loaded) return null;
  return {
    agreement: view.agreement,
    years: view.years,
    year,
    rows: loaded.rows,
    offices: view.offices.map((o) => ({ id: o.id, name: o.name, slug: o.slug })),
    municipalities: view.municipalities.map((m) => ({ code: m.code, name: m.name })),
  };
}

/** Every overdue payment of the period, oldest due date first. */
export async function loadOverduePayments({ agreementId, db = appDb }: { agreementId: string; db?: DbClient }) {
  const loaded = await paymentRows({ db, agreementId });
  if (!loaded) return [];
  return loaded.rows
    .filter((row) => row.status === "OVERDUE")
    .sort((a, b) => a.dueDate!.getTime() - b.dueDate!.getTime());
}

/**
 * One municipality's closed office-years of a period (its statement, issue 11): invoiced, paid, what it should pay
 * now, and the settlement that is still open — per office and year.
 */
export async function loadMunicipalityBilling({
  agreementId,
  municipalityCode,
  db = appDb,
}: {
  agreementId: string;
  municipalityCode: string;
  db?: DbClient;
}) {
  const view = await loadAgreementCached({ db, agreementId });
  if (!view) return [];
  const [records, invoices] = await Promise.all([
    loadBillingRecords({ db, agreementId }),
    db.invoice.findMany({
      where: { office: { agreementId }, municipality: { code: municipalityCode } },
      include: { payments: true },
    }),
  ]);
  const codes = view.municipalities.map((m) => m.code);
  const today = now();
  return view.years.flatMap((year) =>
    view.offices.flatMap((office) => {
      const billing = officeYearBilling({ entry: view.allocationFor(office.id, year), codes, ...records });
      if (billing.closings.length === 0) return [];
      const payer = billing.payers.find((p) => p.code === municipalityCode);
      const own = invoices.filter((i) => i.officeId === office.id && i.year === year);
      const invoiced = payer?.invoiced ?? 0;
      return [
        {
          year,
          officeId: office.id,
          officeName: office.name,
          invoiced,
          computed: payer?.computed ?? 0,
          settlement: payer?.settlement ?? 0,
          closed: !!billing.closing,
          ...paymentStatus({
            invoiced,
            invoices: own,
            rounds: roundsOf(billing, records.lines, municipalityCode),
            today,
          }),
        },
      ];
    }),
  );
}

/** A municipality's settlements (issue 11): those invoiced, with why, and those still open — for its history. */
export async function loadMunicipalitySettlements({
  agreementId,
  municipalityCode,
  db = appDb,
}: {
  agreementId: string;
  municipalityCode: string;
  db?: DbClient;
}) {
  const [invoiced, billing] = await Promise.all([
    db.invoiceLine.findMany({
      where: { kind: "SETTLEMENT", municipality: { code: municipalityCode }, closing: { office: { agreementId } } },
      orderBy: { createdAt: "desc" },
      include: { closing: { select: { year: true, office: { select: { name: true } } } } },
    }),
    loadMunicipalityBilling({ agreementId, municipalityCode, db }),
  ]);
  return {
    invoiced: invoiced.map((line) => ({
      id: line.id,
      at: line.createdAt,
      officeName: line.closing.office.name,
      year: line.closing.year,
      amount: line.amount,
      text: line.text,
    })),
    open: billing.filter((row) => row.settlement !== 0),
  };
}
