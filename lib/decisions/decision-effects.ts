/**
 * What a set of new decisions does to the shares: the engine run on the agreement with and without them.
 * Used by the preview (nothing saved) and by recording (the ledger snapshot) so both always agree.
 */
import { allocateAgreement, amountFor, type AgreementInput, type DecisionRecord, type OfficeYearAllocation } from "../allocation";

export type NewDecision = DecisionRecord & { officeId: string };

export function withDecisions(input: AgreementInput, added: readonly NewDecision[]): AgreementInput {
  return {
    ...input,
    offices: input.offices.map((office) => ({
      ...office,
      decisions: [...office.decisions, ...added.filter((d) => d.officeId === office.id)],
    })),
  };
}

export type OfficeYearEffect = {
  officeId: string;
  year: number;
  before: OfficeYearAllocation;
  after: OfficeYearAllocation;
  /** Every payer whose amount is or was above 0, with both amounts. */
  lines: { code: string; isLead: boolean; previousAmount: number; amount: number; provisional: boolean }[];
};

/** The office-years a set of new decisions covers: their offices, from their effective year to their end year. */
function covers(added: readonly NewDecision[], officeId: string, year: number): boolean {
  return added.some((d) => d.officeId === officeId && year >= d.effectiveFromYear && year <= (d.effectiveToYear ?? Infinity));
}

export function decisionEffects(input: AgreementInput, added: readonly NewDecision[]): OfficeYearEffect[] {
  const before = allocateAgreement(input);
  const after = allocateAgreement(withDecisions(input, added));
  return after
    .filter((entry) => covers(added, entry.officeId, entry.year))
    .map((entry) => {
      const previous = before.find((b) => b.officeId === entry.officeId && b.year === entry.year)!;
      const lines = input.municipalities
        .map(({ code }) => {
          const now = amountFor(entry, code);
          return { code, isLead: now.isLead, previousAmount: amountFor(previous, code).amount, amount: now.amount, provisional: now.provisional };
        })
        .filter((line) => line.amount > 0 || line.previousAmount > 0);
      return { officeId: entry.officeId, year: entry.year, before: previous, after: entry, lines };
    });
}
