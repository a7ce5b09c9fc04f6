/**
 * What a change does to the shares: the engine run on the agreement before and after. Used by the decision
 * preview (nothing saved), by recording decisions, and by settings changes — so the preview is what is recorded.
 */
import { allocateAgreement, amountFor, type AgreementInput, type OfficeYearAllocation } from "../allocation";
import type { DbClient } from "../db/types";

export type OfficeYearEffect = {
  officeId: string;
  year: number;
  before: OfficeYearAllocation;
  after: OfficeYearAllocation;
  /** Every payer whose amount is or was above 0, with both amounts. */
  lines: { code: string; isLead: boolean; previousAmount: number; amount: number; provisional: boolean }[];
};

export function shareEffects(
  before: AgreementInput,
  after: AgreementInput,
  affects: (officeId: string, year: number) => boolean,
): OfficeYearEffect[] {
  const previous = allocateAgreement(before);
  return allocateAgreement(after)
    .filter((entry) => affects(entry.officeId, entry.year))
    .map((entry) => {
      const old = previous.find((b) => b.officeId === entry.officeId && b.year === entry.year)!;
      const lines = after.municipalities
        .map(({ code }) => {
          const now = amountFor(entry, code);
          return {
            code,
            isLead: now.isLead,
            previousAmount: amountFor(old, code).amount,
            amount: now.amount,
            provisional: now.provisional,
          };
        })
        .filter((line) => line.amount > 0 || line.previousAmount > 0);
      return { officeId: entry.officeId, year: entry.year, before: old, after: entry, lines };
    });
}

/** Writes the share-ledger snapshot of each effect — call inside the transaction of the change. */
export async function writeShareSnapshots(
  tx: DbClient,
  effects: OfficeYearEffect[],
  cause: { kind: "DECISION" | "SETTINGS"; decisionIdFor?: (officeId: string) => string; at: Date },
  municipalityIds: Map<string, string>,
) {
  for (const effect of effects) {
    const { allocation } = effect.after;
    await tx.shareSnapshot.create({
      data: {
        officeId: effect.officeId,
        year: effect.year,
        cause: cause.kind,
        causeDecisionId: cause.decisionIdFor?.(effect.officeId) ?? null,
        status: allocation.status,
        eligible: allocation.eligible,
        required: allocation.required,
        yesCount: allocation.yes,
        pendingCount: allocation.pending,
        noCount: allocation.no,
        pool: allocation.pool,
        total: allocation.total,
        createdAt: cause.at,
        lines: {
          create: effect.lines.map((line) => ({
            municipalityId: municipalityIds.get(line.code)!,
            isLead: line.isLead,
            amount: line.amount,
            previousAmount: line.previousAmount,
            provisional: line.provisional,
          })),
        },
      },
    });
  }
}
