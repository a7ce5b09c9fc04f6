/**
 * Taking back a payment or an invoice registered by mistake (typed in or imported): a typo in an amount, a payment put
 * on the wrong municipality. One transaction; what was taken back stays in the audit log with every field, so nothing
 * entered is lost. An invoice goes only once it has no payments: those are taken back first, one by one, so each is
 * seen. Only the period's own entries can be taken back (the bound agreement is the scope the action checked).
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { Refusal } from "../actions/refusal";
import { danishIsoDate } from "../clock";
import { formatDate, formatKroner } from "../format";

type Actor = { id: string };

const GONE = "Registreringen findes ikke længere: den er allerede slettet. Genindlæs siden.";

export async function deletePayment({
  db,
  actor,
  agreementId,
  paymentId,
}: {
  db: Database;
  actor: Actor;
  agreementId: string;
  paymentId: string;
}) {
  return db.$transaction(async (tx) => {
    const payment = await tx.payment.findUnique({
      where: { id: paymentId },
      include: { invoice: { include: { office: true, municipality: true } } },
    });
    if (!payment || payment.invoice.office.agreementId !== agreementId) throw new Refusal(GONE);
    const { invoice } = payment;
    // deleteMany: a concurrent deletion makes this one a refusal, not an error.
    const { count } = await tx.payment.deleteMany({ where: { id: paymentId } });
    if (count === 0) throw new Refusal(GONE);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "payment.deleted",
      entityType: "Payment",
      entityId: paymentId,
      before: {
        amount: payment.amount,
        paidDate: danishIsoDate(payment.paidDate),
        invoice: invoice.reference,
        municipality: invoice.municipality.code,
        officeId: invoice.officeId,
        year: invoice.year,
        registeredAt: payment.createdAt.toISOString(),
        registeredBy: payment.createdById,
      },
    });
    return {
      message:
        `Betalingen på ${formatKroner(payment.amount)} (${formatDate(payment.paidDate)}) af faktura ` +
        `${invoice.reference} fra ${invoice.municipality.name} er slettet.`,
    };
  });
}

export async function deleteInvoice({
  db,
  actor,
  agreementId,
  invoiceId,
}: {
  db: Database;
  actor: Actor;
  agreementId: string;
  invoiceId: string;
}) {
  return db.$transaction(async (tx) => {
    const invoice = await tx.invoice.findUnique({
      where: { id: invoiceId },
      include: { office: true, municipality: true, _count: { select: { payments: true } } },
    });
    if (!invoice || invoice.office.agreementId !== agreementId) throw new Refusal(GONE);
    if (invoice._count.payments > 0)
      throw new Refusal(
        `Faktura ${invoice.reference} har betalinger. Slet dem først, så fakturaen står uden betalinger.`,
      );
    const { count } = await tx.invoice.deleteMany({ where: { id: invoiceId, payments: { none: {} } } });
    if (count === 0) throw new Refusal(GONE);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "invoice.deleted",
      entityType: "Invoice",
      entityId: invoiceId,
      before: {
        reference: invoice.reference,
        invoiceDate: danishIsoDate(invoice.invoiceDate),
        dueDate: danishIsoDate(invoice.dueDate),
        municipality: invoice.municipality.code,
        officeId: invoice.officeId,
        year: invoice.year,
        registeredAt: invoice.createdAt.toISOString(),
        registeredBy: invoice.createdById,
      },
    });
    return { message: `Faktura ${invoice.reference} til ${invoice.municipality.name} er slettet.` };
  });
}
