/**
 * Invoices and payments from the finance system (issue 11), by hand (one row) or from a file (many rows): every
 * row is checked against the period — the municipality is one of the region's, the office one of the period's,
 * the office-year closed, the municipality invoiced something for it, an invoice number already known has the same
 * dates — and only when every row is right is anything stored, in one transaction with one audit event. An invoice
 * is created once; a payment (amount + date) is stored once however often the file is read.
 */
import type { DbClient } from "../db/types";
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { Refusal } from "../actions/refusal";
import { unusableFile } from "../files/unusable-file";
import { formatCount, formatIsoDate, formatKroner } from "../format";
import { currentClosing } from "./billing-state";
import type { PaymentRow } from "./payments-file";

export type PlannedPayment = PaymentRow & {
  municipalityId: string;
  municipalityName: string;
  officeId: string;
  officeName: string;
  invoiced: number;
  /** The invoice is new (else it is known, with the same dates). */
  newInvoice: boolean;
  /** The payment is new (else it is already stored, or there is none). */
  newPayment: boolean;
  /** Paid for the municipality's office-year before this row: stored payments, and new ones on earlier rows. */
  paidBefore: number;
  /** A new payment that takes what is paid above what is invoiced: most likely a slip of the keyboard. */
  overpaid: boolean;
};

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Checks every row against the period; refused with one line per problem, or the plan. Reads only. */
export async function planPayments({
  db,
  agreementId,
  rows,
  typedIn = false,
}: {
  db: DbClient;
  agreementId: string;
  rows: PaymentRow[];
  /** One row typed in by hand: its problem is said without a line number. */
  typedIn?: boolean;
}): Promise<PlannedPayment[]> {
  const agreement = await db.agreement.findUniqueOrThrow({ where: { id: agreementId }, include: { region: true } });
  const [municipalities, offices, closings, lines, invoices, sameNumber] = await Promise.all([
    db.municipality.findMany({ where: { regionId: agreement.regionId }, select: { id: true, code: true, name: true } }),
    db.clusterOffice.findMany({ where: { agreementId }, select: { id: true, slug: true, name: true } }),
    db.yearClosing.findMany({ where: { office: { agreementId } } }),
    db.invoiceLine.findMany({
      where: { closing: { office: { agreementId } } },
      select: { amount: true, municipalityId: true, closing: { select: { officeId: true, year: true } } },
    }),
    db.invoice.findMany({ where: { office: { agreementId } }, include: { payments: true } }),
    // An invoice number is the finance system's, one payer's: known for another payer (in any period) is a slip.
    db.invoice.findMany({
      where: { reference: { in: [...new Set(rows.map((row) => row.reference))] } },
      select: {
        reference: true,
        municipalityId: true,
        officeId: true,
        year: true,
        municipality: { select: { name: true } },
        office: { select: { name: true } },
      },
    }),
  ]);
  const problems: string[] = [];
  /** Where a typed-in row's problem is told: its field, when it is one field's. */
  const fields: (string | undefined)[] = [];
  const problem = (text: string, field?: string) => {
    problems.push(text);
    fields.push(field);
  };
  const plan: PlannedPayment[] = [];
  for (const row of rows) {
    const at = typedIn ? "Betalingen er ikke gemt" : `Linje ${row.line}`;
    const municipality = municipalities.find((m) => m.code === row.municipalityCode);
    const needle = row.office.toLowerCase();
    const office = offices.find((o) => o.slug === needle || o.name.toLowerCase() === needle);
    if (!municipality) {
      problem(`${at}: kommunekode ${row.municipalityCode} er ikke en kommune i ${agreement.region.kkrName}.`);
      continue;
    }
    if (!office) {
      problem(`${at}: «${row.office}» er ikke et klyngekontor i ${agreement.name}.`);
      continue;
    }
    if (row.year < agreement.firstYear || row.year > agreement.lastYear) {
      problem(`${at}: ${row.year} ligger uden for perioden ${agreement.firstYear}–${agreement.lastYear}.`);
      continue;
    }
    const ofYear = closings.filter((c) => c.officeId === office.id && c.year === row.year);
    if (!currentClosing(ofYear) && ofYear.length === 0) {
      problem(`${at}: ${office.name} ${row.year} er ikke lukket og opkrævet endnu.`);
      continue;
    }
    const invoiced = lines
      .filter(
        (l) => l.municipalityId === municipality.id && l.closing.officeId === office.id && l.closing.year === row.year,
      )
      .reduce((sum, l) => sum + l.amount, 0);
    if (invoiced <= 0) {
      problem(`${at}: ${municipality.name} er ikke opkrævet noget for ${office.name} ${row.year}.`);
      continue;
    }
    // An invoice for a year is written around it: from the year before (in advance) to a few years after (a late
    // correction). A date far from it is a slip of the keyboard (2032 for 2023), told before anything is stored.
    const [earliest, latest] = [`${row.year - 1}-01-01`, `${row.year + 5}-12-31`];
    if (row.invoiceDate < earliest || row.invoiceDate > latest) {
      problem(
        `${at}: fakturadatoen ${formatIsoDate(row.invoiceDate)} ligger langt fra ${row.year}; en faktura for ` +
          `${row.year} er dateret mellem ${formatIsoDate(earliest)} og ${formatIsoDate(latest)}.`,
        "invoiceDate",
      );
      continue;
    }
    const known = invoices.find(
      (i) =>
        i.municipalityId === municipality.id &&
        i.officeId === office.id &&
        i.year === row.year &&
        i.reference === row.reference,
    );
    const otherPayer =
      sameNumber.find(
        (i) =>
          i.reference === row.reference &&
          (i.municipalityId !== municipality.id || i.officeId !== office.id || i.year !== row.year),
      ) ??
      plan.find(
        (r) =>
          r.reference === row.reference &&
          (r.municipalityId !== municipality.id || r.officeId !== office.id || r.year !== row.year),
      );
    if (otherPayer) {
      const [whose, forWhat] =
        "municipality" in otherPayer
          ? [otherPayer.municipality.name, `${otherPayer.office.name} ${otherPayer.year}`]
          : [otherPayer.municipalityName, `${otherPayer.officeName} ${otherPayer.year}`];
      problem(`${at}: fakturanummer ${row.reference} er allerede brugt til ${whose}, ${forWhat}.`, "reference");
      continue;
    }
    if (known && (iso(known.invoiceDate) !== row.invoiceDate || iso(known.dueDate) !== row.dueDate)) {
      problem(
        `${at}: faktura ${row.reference} er registreret med fakturadato ${iso(known.invoiceDate)} og forfaldsdato ` +
          `${iso(known.dueDate)}; filen siger ${row.invoiceDate} og ${row.dueDate}.`,
      );
      continue;
    }
    const paymentKnown =
      !!row.payment &&
      !!known?.payments.some((p) => p.amount === row.payment!.amount && iso(p.paidDate) === row.payment!.paidDate);
    const sameYear = (r: { municipalityId: string; officeId: string; year: number }) =>
      r.municipalityId === municipality.id && r.officeId === office.id && r.year === row.year;
    const paidBefore =
      invoices
        .filter(sameYear)
        .flatMap((i) => i.payments)
        .reduce((sum, p) => sum + p.amount, 0) +
      plan.filter((r) => sameYear(r) && r.newPayment).reduce((sum, r) => sum + r.payment!.amount, 0);
    const newPayment = !!row.payment && !paymentKnown;
    plan.push({
      ...row,
      municipalityId: municipality.id,
      municipalityName: municipality.name,
      officeId: office.id,
      officeName: office.name,
      invoiced,
      newInvoice: !known,
      newPayment,
      paidBefore,
      overpaid: newPayment && paidBefore + row.payment!.amount > invoiced,
    });
  }
  if (problems.length && typedIn) throw new Refusal(problems[0]!, { field: fields[0] });
  if (problems.length) throw unusableFile({ problems });
  return plan;
}

export async function recordPayments({
  db,
  actor,
  agreementId,
  rows,
  source,
  typedIn = false,
  confirmedOverpayment = false,
  now = new Date(),
}: {
  db: Database;
  actor: { id: string };
  agreementId: string;
  rows: PaymentRow[];
  typedIn?: boolean;
  /** A typed-in payment above what is owed is asked about first; this is the «Ja». */
  confirmedOverpayment?: boolean;
  /** "fil: betalinger.csv" or "indtastet". */
  source: string;
  now?: Date;
}) {
  return db.$transaction(
    async (tx) => {
      const plan = await planPayments({ db: tx, agreementId, rows, typedIn });
      const over = typedIn && !confirmedOverpayment ? plan.find((r) => r.overpaid) : undefined;
      if (over) {
        // A file from the finance system says what was paid (its preview marks such a row); a typed amount asks.
        throw new Refusal(
          `Betalingen på ${formatKroner(over.payment!.amount)} er mere, end ${over.municipalityName} skylder for ` +
            `${over.officeName} ${over.year}: opkrævet ${formatKroner(over.invoiced)}, betalt før ` +
            `${formatKroner(over.paidBefore)} Ret beløbet, eller bekræft, at det er rigtigt.`,
          { field: "amount", data: { askOverpayment: true } },
        );
      }
      let invoices = 0;
      let payments = 0;
      for (const row of plan) {
        const key = {
          officeId: row.officeId,
          year: row.year,
          municipalityId: row.municipalityId,
          reference: row.reference,
        };
        const invoice =
          (await tx.invoice.findUnique({ where: { officeId_year_municipalityId_reference: key } })) ??
          (await tx.invoice.create({
            data: {
              ...key,
              invoiceDate: day(row.invoiceDate),
              dueDate: day(row.dueDate),
              createdById: actor.id,
              createdAt: now,
            },
          }));
        if (row.newInvoice) invoices++;
        if (row.payment) {
          const where = { invoiceId: invoice.id, paidDate: day(row.payment.paidDate), amount: row.payment.amount };
          if (!(await tx.payment.findUnique({ where: { invoiceId_paidDate_amount: where } }))) {
            await tx.payment.create({ data: { ...where, createdById: actor.id, createdAt: now } });
            payments++;
          }
        }
      }
      const paid = plan.filter((r) => r.newPayment).reduce((sum, r) => sum + r.payment!.amount, 0);
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "payments.recorded",
        entityType: "Agreement",
        entityId: agreementId,
        after: {
          source,
          rows: plan.length,
          invoices,
          payments,
          paid,
          lines: plan.map((r) => ({
            line: r.line,
            municipality: r.municipalityCode,
            officeId: r.officeId,
            year: r.year,
            reference: r.reference,
            payment: r.payment,
            // Above what was owed: asked and confirmed when typed in; as the finance system's file says.
            ...(r.overpaid ? { overpaid: true } : {}),
          })),
        },
      });
      const known = plan.length - plan.filter((r) => r.newInvoice || r.newPayment).length;
      return {
        message:
          `${formatCount(invoices, "faktura", "fakturaer")} og ${formatCount(payments, "betaling", "betalinger")} ` +
          `(${formatKroner(paid)}) er registreret` +
          (known ? `; ${formatCount(known, "række var", "rækker var")} allerede registreret.` : "."),
      };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
