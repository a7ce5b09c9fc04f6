/**
 * The share effects of new decisions: every office-year of their offices whose allocation changes — the years a
 * decision covers, and the years a correction gives back to earlier decisions.
 */
import type { AgreementInput, DecisionRecord, OfficeYearAllocation } from "../allocation";
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

/** What a reader of the ledger would call a change: the status, a count, an amount, the leads. */
function fingerprint(entry: OfficeYearAllocation) {
  return JSON.stringify([entry.allocation, entry.leads, entry.leadsLeft, entry.states]);
}

/**
 * `computed`: the engine's results before and after the new decisions, when the caller has them (a save has both
 * views of the period: lib/decisions/record-decisions.ts) — the same as running it again.
 */
export function decisionEffects(
  input: AgreementInput,
  added: readonly NewDecision[],
  computed?: { before: OfficeYearAllocation[]; after: OfficeYearAllocation[] },
): OfficeYearEffect[] {
  const offices = new Set(added.map((d) => d.officeId));
  return shareEffects(input, withDecisions(input, added), (officeId) => offices.has(officeId), computed).filter(
    (effect) => fingerprint(effect.before) !== fingerprint(effect.after),
  );
}
