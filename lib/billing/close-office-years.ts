/**
 * Closing (opkrævning) office-years of a period (issue 11): one office or every office of a year at once. In ONE
 * transaction per call: for each office-year a closing (the next round), an invoice line per payer for what it
 * should pay now minus what was invoiced before (the whole amount at the first closing; after a reopening only the
 * difference, as a settlement), and an audit event. An office-year already closed is refused — closing twice
 * invoices once, and two closers at once meet at the unique round. An unsettled office-year (pending decisions,
 * a missing lead, reduced without an agreed pool) is closed only with a reason, stored with what was unsettled.
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadAgreement } from "../shares/load-agreement";
import { bumpAgreementVersion } from "../shares/agreement-cache";
import { Refusal } from "../actions/refusal";
import { isUniqueViolation } from "../db/is-unique-violation";
import { formatDate, formatKroner } from "../format";
import { officeYearBilling, toInvoice, unsettledText } from "./billing-state";
import { loadBillingRecords } from "./load-billing-records";
import { closingShown, refuseIfChanged } from "./shown-amounts";
import { queueInvoicingNotices } from "../notices/queue-invoicing-notices";
import type { InvoicedLine } from "../notices/templates/invoicing-notices";

export type CloseOfficeYearsOptions = {
  db: Database;
  actor: { id: string };
  agreementId: string;
  year: number;
  officeIds: string[];
  /** Required when an office-year is not settled. */
  reason?: string;
  /** What the user's page showed of these office-years (shownAmounts): refused if it is not what would be closed. */
  shown?: string;
  now?: Date;
};

export async function closeOfficeYears({
  db,
  actor,
  agreementId,
  year,
  officeIds,
  reason,
  shown,
  now = new Date(),
}: CloseOfficeYearsOptions) {
  try {
    return await db.$transaction(
      async (tx) => {
        // The period's version first, as every change of it does: a save that moves this year's amounts either
        // commits before this reads the period (and is invoiced), or waits and then finds the year closed.
        await bumpAgreementVersion(tx, agreementId);
        const view = await loadAgreement({ db: tx, agreementId });
        if (!view.years.includes(year)) throw new Refusal("Året ligger uden for perioden.");
        const offices = view.offices.filter((office) => officeIds.includes(office.id));
        if (offices.length === 0 || offices.length !== new Set(officeIds).size) {
          throw new Refusal("Vælg blandt periodens klyngekontorer.");
        }
        const records = await loadBillingRecords({ db: tx, agreementId, year });
        const codes = view.municipalities.map((m) => m.code);
        const idOf = new Map(view.municipalities.map((m) => [m.code, m.id]));
        const plans = offices.map((office) => {
          const entry = view.allocationFor(office.id, year);
          return { office, entry, billing: officeYearBilling({ entry, codes, ...records }) };
        });
        const closed = plans.filter((plan) => plan.billing.closing);
        if (closed.length) {
          throw new Refusal(
            closed
              .map((p) => `${p.office.name} ${year} blev lukket ${formatDate(p.billing.closing!.closedAt)}.`)
              .join(" ") + " Intet er lukket.",
          );
        }
        // After the already-closed refusal, which says what happened when a colleague closed it first.
        refuseIfChanged(
          shown,
          plans.map(({ office, entry, billing }) =>
            closingShown({ id: office.id, unsettled: unsettledText(entry), payers: billing.payers }),
          ),
          "closing",
        );
        const unsettled = plans.filter((plan) => !plan.entry.settled);
        if (unsettled.length && !reason) {
          throw new Refusal(
            `Ikke afklaret: ${unsettled.map((p) => `${p.office.name} (${unsettledText(p.entry)})`).join("; ")}. ` +
              "Skriv en begrundelse for at lukke alligevel.",
            // The form says the whole sentence once, at the top; the field says what to do about it.
            { fieldErrors: { reason: "Skriv en begrundelse for at lukke, selv om året ikke er afklaret." } },
          );
        }

        const closings = [];
        const invoiced: (InvoicedLine & { municipalityId: string })[] = [];
        let firstClosingId: string | undefined;
        for (const { office, entry, billing } of plans) {
          const round = Math.max(0, ...billing.closings.map((c) => c.round)) + 1;
          const closing = await tx.yearClosing.create({
            data: {
              officeId: office.id,
              year,
              round,
              closedAt: now,
              closedById: actor.id,
              reason: reason ?? null,
              unsettled: entry.settled ? null : unsettledText(entry),
            },
          });
          firstClosingId ??= closing.id;
          const lines = billing.payers
            .map((payer) => ({ payer, amount: payer.computed - payer.invoiced }))
            .filter((line) => line.amount !== 0);
          for (const { payer, amount } of lines) {
            const kind = payer.invoiced === 0 && round === 1 ? "INVOICE" : "SETTLEMENT";
            invoiced.push({
              municipalityId: idOf.get(payer.code)!,
              officeName: office.name,
              amount,
              settlement: kind === "SETTLEMENT",
              isLead: payer.isLead,
            });
            await tx.invoiceLine.create({
              data: {
                closingId: closing.id,
                municipalityId: idOf.get(payer.code)!,
                kind,
                isLead: payer.isLead,
                amount,
                text:
                  round === 1
                    ? `${office.name} ${year}${payer.isLead ? ", leadbidrag" : ""}`
                    : `${office.name} ${year}: efterregulering ved ny lukning`,
                createdById: actor.id,
                createdAt: now,
              },
            });
          }
          const total = lines.reduce((sum, line) => sum + line.amount, 0);
          await recordAuditEvent(tx, {
            actorId: actor.id,
            action: "billing.closed",
            entityType: "ClusterOffice",
            entityId: office.id,
            after: {
              year,
              round,
              invoiced: total,
              lines: lines.map((line) => ({ code: line.payer.code, amount: line.amount })),
              reason: reason ?? null,
              unsettled: entry.settled ? null : unsettledText(entry),
            },
          });
          closings.push({
            officeId: office.id,
            officeName: office.name,
            round,
            total,
            lines: lines.length,
            ...toInvoice([{ payers: billing.payers }]),
          });
        }
        // Each municipality is told what it is invoiced, office by office, in this transaction.
        await queueInvoicingNotices({
          db: tx,
          actorId: actor.id,
          regionId: view.agreement.regionId,
          periodId: agreementId,
          year,
          closing: true,
          key: `closing:${firstClosingId}`,
          municipalities: view.municipalities,
          lines: invoiced,
        });
        // What was invoiced and credited apart, as the question before it said (a reopened year can net to 0 kr.).
        const charged = closings.reduce((sum, c) => sum + c.charged, 0);
        const credited = closings.reduce((sum, c) => sum + c.credited, 0);
        const amounts = `${formatKroner(charged)} opkrævet${credited ? ` og ${formatKroner(credited)} krediteret` : ""}`;
        return {
          closings,
          message:
            closings.length === 1
              ? `${closings[0]!.officeName} ${year} er lukket: ${amounts}.`
              : `${closings.length} klyngekontorer er lukket for ${year}: ${amounts}.`,
        };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new Refusal("Året er lige blevet lukket af en anden. Intet er lukket to gange — se siden igen.");
    }
    throw error;
  }
}
