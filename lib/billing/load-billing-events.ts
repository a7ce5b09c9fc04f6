/**
 * The billing events of a period for the share ledger (issue 11): every closing, settlement invoicing, reopening,
 * payment registration and invoice or payment taken back, newest first, with who, when and why — read from their audit events, which are written in
 * the same transaction as the change.
 */
import { describeSettlements } from "./invoice-settlements";
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { formatCount, formatDate, formatKroner, formatSignedKroner } from "../format";

const ACTIONS = ["billing.closed", "billing.settled", "billing.reopened", "payments.recorded"];

export async function loadBillingEvents({
  agreementId,
  officeId,
  take = 20,
  db = appDb,
}: {
  agreementId: string;
  officeId?: string;
  take?: number;
  db?: DbClient;
}) {
  const offices = await db.clusterOffice.findMany({ where: { agreementId }, select: { id: true, name: true } });
  const nameOf = new Map(offices.map((o) => [o.id, o.name]));
  const ids = officeId ? [officeId] : offices.map((o) => o.id);
  const events = await db.auditEvent.findMany({
    where: {
      action: { in: ACTIONS },
      OR: [
        { entityType: "ClusterOffice", entityId: { in: ids } },
        ...(officeId ? [] : [{ entityType: "Agreement", entityId: agreementId }]),
      ],
    },
    orderBy: { createdAt: "desc" },
    take,
    include: { actor: { select: { name: true } } },
  });
  // An invoice or payment taken back is audited on itself (lib/billing/delete-billing-entry.ts), its office in what
  // was deleted: read apart, and kept when it was this period's (or this office's). Few, so read whole.
  const [deleted, municipalities] = await Promise.all([
    db.auditEvent.findMany({
      where: { action: { in: ["payment.deleted", "invoice.deleted"] } },
      orderBy: { createdAt: "desc" },
      include: { actor: { select: { name: true } } },
    }),
    db.municipality.findMany({ select: { code: true, name: true } }),
  ]);
  const officeOf = (event: { before: string | null }) =>
    String((JSON.parse(event.before ?? "{}") as { officeId?: unknown }).officeId ?? "");
  const nameOfMunicipality = new Map(municipalities.map((m) => [m.code, m.name]));
  const all = [...events, ...deleted.filter((event) => ids.includes(officeOf(event)))]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, take);
  return all.map((event) => {
    const after = JSON.parse(event.after ?? "{}") as Record<string, unknown>;
    const before = JSON.parse(event.before ?? "{}") as Record<string, unknown>;
    const office = nameOf.get(event.entityId ?? "") ?? nameOf.get(String(before.officeId ?? "")) ?? "";
    const year = (after.year ?? before.year) as number | undefined;
    const text =
      event.action === "billing.closed"
        ? `${office} ${year} lukket og opkrævet: ${formatKroner(Number(after.invoiced))}` +
          (after.reason ? ` — begrundelse: ${String(after.reason)}` : "")
        : event.action === "billing.settled"
          ? `Efterreguleringer for ${office} ${year} opkrævet: ` +
            (Array.isArray(after.lines)
              ? describeSettlements((after.lines as { amount: number }[]).map((line) => Number(line.amount)))
              : `i alt ${formatSignedKroner(Number(after.total))}`)
          : event.action === "billing.reopened"
            ? `${office} ${year} genåbnet — begrundelse: ${String(after.reason)}`
            : event.action === "payment.deleted"
              ? `Betalingen på ${formatKroner(Number(before.amount))} (${formatDate(new Date(`${String(before.paidDate)}T12:00:00Z`))}) ` +
                `af faktura ${String(before.invoice)} fra ${nameOfMunicipality.get(String(before.municipality)) ?? ""} ` +
                `for ${office} ${year} slettet`
              : event.action === "invoice.deleted"
                ? `Faktura ${String(before.reference)} til ${nameOfMunicipality.get(String(before.municipality)) ?? ""} ` +
                  `for ${office} ${year} slettet`
                : `${formatCount(Number(after.invoices), "faktura", "fakturaer")} og ` +
                  `${formatCount(Number(after.payments), "betaling", "betalinger")} ` +
                  `(${formatKroner(Number(after.paid))}) registreret (${String(after.source)})`;
    return { id: event.id, at: event.createdAt, by: event.actor?.name ?? "", text };
  });
}
