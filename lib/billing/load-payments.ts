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
import { officeYearBilling } from "./billing-state";
import { loadBillingRecords } from "./load-billing-records";
import { paymentStatus } from "./payment-status";

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
      return billing.payers
        .filter((payer) => payer.invoiced !== 0)
        .map((payer) => {
          const own = invoices.filter(
            (i) => i.officeId === office.id && i.year === year && i.municipality.code === payer.code,
          );
          return {
            year,
            officeId: office.id,
            officeName: office.name,
            officeSlug: office.slug,
            code: payer.code,
            name: view.municipalities.find((m) => m.code === payer.code)!.name,
            invoiced: payer.invoiced,
            invoices: own.map((i) => ({
              reference: i.reference,
              invoiceDate: i.invoiceDate,
              dueDate: i.dueDate,
              payments: i.payments.map((p) => ({ amount: p.amount, paidDate: p.paidDate })),
            })),
            ...paymentStatus({ invoiced: payer.invoiced, invoices: own, today }),
          };
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
