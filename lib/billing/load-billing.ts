/**
 * The secretariat's closing page for a year of a period (issue 11): per office whether the year is closed (by whom,
 * when, why), whether it is settled (else why not), and every payer with what should be paid now, what was invoiced
 * and the open settlement; the sums checked against the office's total.
 */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { loadAgreementCached } from "../shares/agreement-cache";
import { pickYear } from "../shares/pick-year";
import { officeYearBilling, unsettledText } from "./billing-state";
import { loadBillingRecords } from "./load-billing-records";
import { closingShown, settlementsShown, shownAmounts } from "./shown-amounts";

export async function loadBilling({
  agreementId,
  version,
  year: requestedYear,
  db = appDb,
}: {
  agreementId: string;
  /** The period's `dataVersion` as the request read it with the period: the amounts shown are of this version. */
  version: number;
  year?: string;
  db?: DbClient;
}) {
  const view = await loadAgreementCached({ db, agreementId, version });
  if (!view) return null;
  const year = pickYear(view.years, requestedYear);
  const [records, closings, missingBillingData] = await Promise.all([
    loadBillingRecords({ db, agreementId, year }),
    db.yearClosing.findMany({
      where: { year, office: { agreementId } },
      orderBy: { round: "desc" },
      include: { closedBy: { select: { name: true } }, reopenedBy: { select: { name: true } } },
    }),
    db.municipality.count({
      where: { regionId: view.agreement.regionId, OR: [{ cvr: null }, { ean: null }] },
    }),
  ]);
  const codes = view.municipalities.map((m) => m.code);
  const nameOf = new Map(view.municipalities.map((m) => [m.code, m.name]));
  const offices = view.offices.map((office) => {
    const entry = view.allocationFor(office.id, year);
    const billing = officeYearBilling({ entry, codes, ...records });
    const payers = billing.payers.map((payer) => ({ ...payer, name: nameOf.get(payer.code)! }));
    const unsettled = unsettledText(entry);
    const leadSum = payers.filter((p) => p.isLead).reduce((sum, p) => sum + p.computed, 0);
    return {
      id: office.id,
      name: office.name,
      slug: office.slug,
      status: entry.allocation.status,
      settled: entry.settled,
      unsettled,
      /** What this office's closing form shows of it, sent back so the closing is refused if it changed. */
      shown: shownAmounts([closingShown({ id: office.id, unsettled, payers })]),
      total: entry.allocation.total,
      leadSum,
      poolSum: billing.computed - leadSum,
      /** What the payers should pay adds up to the office's total (checked, shown). */
      sumsAgree: billing.computed === entry.allocation.total,
      payers,
      computed: billing.computed,
      invoiced: billing.invoiced,
      settlement: billing.settlement,
      closed: !!billing.closing,
      closings: closings
        .filter((c) => c.officeId === office.id)
        .map((c) => ({
          id: c.id,
          round: c.round,
          closedAt: c.closedAt,
          closedBy: c.closedBy.name,
          reason: c.reason,
          unsettled: c.unsettled,
          reopenedAt: c.reopenedAt,
          reopenedBy: c.reopenedBy?.name ?? null,
          reopenReason: c.reopenReason,
        })),
    };
  });
  const openOffices = offices.filter((o) => !o.closed);
  const withSettlements = offices.filter((o) => o.closed && o.payers.some((p) => p.settlement !== 0));
  const settlements = offices.flatMap((o) => o.payers.map((p) => p.settlement).filter((s) => s !== 0));
  return {
    agreement: view.agreement,
    years: view.years,
    year,
    offices,
    openOffices,
    /** What the form that closes every open office shows of them (shownAmounts), sent back with it. */
    openShown: shownAmounts(openOffices.map(closingShown)),
    /** What the settlement form shows (shownAmounts), sent back with it. */
    settlementsShown: shownAmounts(withSettlements.map(settlementsShown)),
    openSettlements: settlements.length,
    /** The open settlements' extra invoices and credits in all (both ≥ 0), for the question before invoicing them. */
    settlementsCharged: settlements.filter((s) => s > 0).reduce((sum, s) => sum + s, 0),
    settlementsCredited: settlements.filter((s) => s < 0).reduce((sum, s) => sum - s, 0),
    missingBillingData,
  };
}
