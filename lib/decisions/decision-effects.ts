/** The share effects of new decisions: their offices, from each decision's effective year to its end year. */
import type { AgreementInput, DecisionRecord } from "../allocation";
import { shareEffects, type OfficeYearEffect } from "../shares/share-effects";

export type NewDecision = DecisionRecord & { officeId: string };
export type { OfficeYearEffect };

export function withDecisions(input: AgreementInput, added: readonly NewDecision[]): AgreementInput {
  return {
    ...input,
    offices: input.offices.map((office) => ({
      ...office,
      decisions: [...office.decisions, ...added.filter((d) => d.officeId === office.id)],
    })),
  };
}

export function decisionEffects(input: AgreementInput, added: readonly NewDecision[]): OfficeYearEffect[] {
  return shareEffects(input, withDecisions(input, added), (officeId, year) =>
    added.some(
      (d) => d.officeId === officeId && year >= d.effectiveFromYear && year <= (d.effectiveToYear ?? Infinity),
    ),
  );
}
