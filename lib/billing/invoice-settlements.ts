/**
 * Invoicing the open settlements (efterreguleringer) of a year's closed office-years (issue 11): for every payer
 * whose amount moved since it was invoiced, a settlement line (an extra invoice, or a credit when negative) whose
 * text says why — the same words as the history's "why did our share change". One transaction with its audit
 * events; each closing's version is claimed first, so two secretariat users at once invoice once.
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { queueInvoicingNotices } from "../notices/queue-invoicing-notices";
import type { InvoicedLine } from "../notices/templates/invoicing-notices";
import { loadAgreement } from "../shares/load-agreement";
import { bumpAgreementVersion } from "../shares/agreement-cache";
import { refuseIfChanged, settlementsShown } from "./shown-amounts";
import { describeCause } from "../shares/describe-cause";
import { Refusal } from "../actions/refusal";
import { formatCount, formatKroner } from "../format";
import { officeYearBilling } from "./billing-state";
import { loadBillingRecords } from "./load-billing-records";

export type InvoiceSettlementsOptions = {
  db: Database;
  actor: { id: string };
  agreementId: string;
  year: number;
  /** What the user's page showed of the settlements (shownAmounts): refused if it is not what would be invoiced. */
  shown?: string;
  now?: Date;
};

export async function invoiceSettlements({
  db,
  actor,
  agreementId,
  year,
  shown,
  now = new Date(),
}: InvoiceSettlementsOptions) {
  return db.$transaction(
    async (tx) => {
      // The period's version first: the settlements are computed from the period as it is once every change
      // already under way has committed (bumpAgreementVersion).
      await bumpAgreementVersion(tx, agreementId);
      const view = await loadAgreement({ db: tx, agreementId });
      if (!view.years.includes(year)) throw new Refusal("Året ligger uden for perioden.");
      const records = await loadBillingRecords({ db: tx, agreementId, year });
      const codes = view.municipalities.map((m) => m.code);
      const idOf = new Map(view.municipalities.map((m) => [m.code, m.id]));
      const open = view.offices
        .map((office) => ({
          office,
          billing: officeYearBilling({ entry: view.allocationFor(office.id, year), codes, ...records }),
        }))
        .filter(({ billing }) => billing.closing && billing.payers.some((p) => p.settlement !== 0));
      if (open.length === 0) throw new Refusal(`Der er ingen åbne efterreguleringer for ${year}.`);
      // After that refusal, which says what happened when a colleague invoiced them first.
      refuseIfChanged(
        shown,
        open.map(({ office, billing }) => settlementsShown({ id: office.id, payers: billing.payers })),
        "settlements",
      );

      let count = 0;
      const settlements: number[] = [];
      const invoiced: (InvoicedLine & { municipalityId: string })[] = [];
      // This run's key for the notices: the first office-year's closing at the version this run claims.
      const key = `settlement:${open[0]!.billing.closing!.id}:${open[0]!.billing.closing!.version + 1}`;
      for (const { office, billing } of open) {
        const closing = billing.closing!;
        const claimed = await tx.yearClosing.updateMany({
          where: { id: closing.id, version: closing.version },
          data: { version: { increment: 1 } },
        });
        if (claimed.count === 0) {
          throw new Refusal("Efterreguleringerne er lige blevet opkrævet af en anden. Intet er opkrævet to gange.");
        }
        const causes = await causesSince({
          db: tx,
          officeId: office.id,
          year,
          closingIds: billing.closings.map((c) => c.id),
          closedAt: closing.closedAt,
        });
        const lines = billing.payers.filter((payer) => payer.settlement !== 0);
        for (const payer of lines) {
          const why = causes.get(payer.code) ?? [];
          invoiced.push({
            municipalityId: idOf.get(payer.code)!,
            officeName: office.name,
            amount: payer.settlement,
            settlement: true,
            isLead: payer.isLead,
          });
          await tx.invoiceLine.create({
            data: {
              closingId: closing.id,
              municipalityId: idOf.get(payer.code)!,
              kind: "SETTLEMENT",
              isLead: payer.isLead,
              amount: payer.settlement,
              text: `Efterregulering ${office.name} ${year}${why.length ? `: ${why.join("; ")}` : ""}`.slice(0, 1000),
              createdById: actor.id,
              createdAt: now,
            },
          });
        }
        const sum = lines.reduce((s, payer) => s + payer.settlement, 0);
        settlements.push(...lines.map((payer) => payer.settlement));
        count += lines.length;
        await recordAuditEvent(tx, {
          actorId: actor.id,
          action: "billing.settled",
          entityType: "ClusterOffice",
          entityId: office.id,
          after: { year, total: sum, lines: lines.map((p) => ({ code: p.code, amount: p.settlement })) },
        });
      }
      await queueInvoicingNotices({
        db: tx,
        actorId: actor.id,
        regionId: view.agreement.regionId,
        periodId: agreementId,
        year,
        closing: false,
        key,
        municipalities: view.municipalities,
        lines: invoiced,
      });
      return {
        message:
          `${formatCount(count, "efterregulering", "efterreguleringer")} for ${year} er opkrævet: ` +
          describeSettlements(settlements),
      };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}

/**
 * Why each payer's amount moved since its last invoice line for the office-year: the causes of the ledger
 * snapshots after it, oldest first, in the history's words.
 */
async function causesSince(options: {
  db: Parameters<Parameters<Database["$transaction"]>[0]>[0];
  officeId: string;
  year: number;
  closingIds: string[];
  /** When the year was closed: the baseline of a payer without invoice lines (it paid nothing then). */
  closedAt: Date;
}) {
  const { db } = options;
  const lastLines = await db.invoiceLine.groupBy({
    by: ["municipalityId"],
    where: { closingId: { in: options.closingIds } },
    _max: { createdAt: true },
  });
  const since = new Map(lastLines.map((row) => [row.municipalityId, row._max.createdAt ?? options.closedAt]));
  const earliest = [...since.values()].reduce((a, b) => (a < b ? a : b), options.closedAt);
  const snapshots = await db.shareSnapshot.findMany({
    where: { officeId: options.officeId, year: options.year, createdAt: { gt: earliest } },
    orderBy: { createdAt: "asc" },
    include: {
      causeDecision: { include: { municipality: { select: { name: true } } } },
      lines: { include: { municipality: { select: { id: true, code: true } } } },
    },
  });
  const causes = new Map<string, string[]>();
  for (const snapshot of snapshots) {
    for (const line of snapshot.lines) {
      if (line.amount === line.previousAmount) continue;
      if (snapshot.createdAt <= (since.get(line.municipality.id) ?? options.closedAt)) continue;
      const text =
        describeCause(snapshot) +
        (snapshot.causeDecision?.closedYearReason ? ` — ${snapshot.causeDecision.closedYearReason}` : "");
      const list = causes.get(line.municipality.code) ?? [];
      if (!list.includes(text)) list.push(text);
      causes.set(line.municipality.code, list);
    }
  }
  return causes;
}

/**
 * Settlements in words, the extra invoices and the credits apart (their net says little: 67.102 kr. charged and
 * 67.102 kr. credited is «0 kr.»): «30 ekstra opkrævninger på i alt 67.102 kr. og 2 krediteringer på i alt 67.102 kr.»
 * Said after invoicing, and in the billing history (lib/billing/load-billing-events.ts).
 */
export function describeSettlements(amounts: number[]): string {
  const charged = amounts.filter((a) => a > 0);
  const credited = amounts.filter((a) => a < 0);
  const total = (list: number[]) => formatKroner(Math.abs(list.reduce((s, a) => s + a, 0)));
  return (
    [
      charged.length
        ? `${formatCount(charged.length, "ekstra opkrævning", "ekstra opkrævninger")} på i alt ${total(charged)}`
        : "",
      credited.length
        ? `${formatCount(credited.length, "kreditering", "krediteringer")} på i alt ${total(credited)}`
        : "",
    ]
      .filter(Boolean)
      // Each part ends with an amount («… kr.»): that full stop ends the sentence too.
      .join(" og ")
  );
}
