/**
 * An office's yearly lead contribution and non-lead pool: its own when the period gave it one (offices of a
 * period may differ — issue 12), else the period's.
 */
export function officeAmounts(
  office: { leadContribution: number | null; nonLeadPool: number | null },
  agreement: { leadContribution: number; nonLeadPool: number },
) {
  return {
    leadContribution: office.leadContribution ?? agreement.leadContribution,
    nonLeadPool: office.nonLeadPool ?? agreement.nonLeadPool,
  };
}
