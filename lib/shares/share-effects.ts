/**
 * What a change does to the shares: the engine run on the agreement before and after. Used by the decision
 * preview (nothing saved), by recording decisions, and by settings changes — so the preview is what is recorded.
 */
import { allocateAgreement, amountFor, type AgreementInput, type OfficeYearAllocation } from "../allocation";
import type { DbClient } from "../db/types";
import { formatKroner, STATUS_LABELS } from "../format";

export type OfficeYearEffect = {
  officeId: string;
  year: number;
  before: OfficeYearAllocation;
  after: OfficeYearAllocation;
  /** Every payer whose amount is or was above 0, with both amounts. */
  lines: { code: string; isLead: boolean; previousAmount: number; amount: number; provisional: boolean }[];
  /** The agreed reduced pool stored for the office-year before and after the change (it applies only while REDUCED). */
  poolOverride: { before: number | null; after: number | null };
};

const overrideOf = (input: AgreementInput, officeId: string, year: number) =>
  input.offices.find((o) => o.id === officeId)?.poolOverrides.find((p) => p.year === year)?.amount ?? null;

/**
 * In words, when an agreed reduced pool stops applying or applies again because the office-year's status changed
 * (issue 16): a municipality that rejoins makes the total kept again, and the agreed pool silently stopped counting.
 */
export function poolOverrideNote(effect: OfficeYearEffect): string | null {
  const was = effect.before.allocation.status === "REDUCED" ? effect.poolOverride.before : null;
  const is = effect.after.allocation.status === "REDUCED" ? effect.poolOverride.after : null;
  if (was !== null && is === null && effect.poolOverride.after !== null) {
    return (
      `Den aftalte reducerede pulje på ${formatKroner(was)} for ${effect.year} gælder ikke længere: kontoret er ikke ` +
      `længere reduceret (nu ${STATUS_LABELS[effect.after.allocation.status]}), og puljen på ` +
      `${formatKroner(effect.after.allocation.pool)} gælder igen.`
    );
  }
  if (was === null && is !== null && effect.poolOverride.before === effect.poolOverride.after) {
    return `Den aftalte reducerede pulje på ${formatKroner(is)} for ${effect.year} gælder igen: kontoret er reduceret.`;
  }
  return null;
}

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
      return {
        officeId: entry.officeId,
        year: entry.year,
        before: old,
        after: entry,
        lines,
        poolOverride: {
          before: overrideOf(before, entry.officeId, entry.year),
          after: overrideOf(after, entry.officeId, entry.year),
        },
      };
    });
}

/**
 * Writes the share-ledger snapshot of each effect — call inside the transaction of the change. `note` says in words
 * what a settings change was (the ledger and the municipality's history show it); an agreed pool that stops or starts
 * applying again is said as well.
 */
export async function writeShareSnapshots(
  tx: DbClient,
  effects: OfficeYearEffect[],
  cause: {
    kind: "DECISION" | "SETTINGS";
    decisionIdFor?: (officeId: string) => string;
    at: Date;
    note?: (effect: OfficeYearEffect) => string | null;
  },
  municipalityIds: Map<string, string>,
) {
  for (const effect of effects) {
    const { allocation } = effect.after;
    const note = [cause.note?.(effect), poolOverrideNote(effect)].filter(Boolean).join(" ") || null;
    await tx.shareSnapshot.create({
      data: {
        officeId: effect.officeId,
        year: effect.year,
        cause: cause.kind,
        causeDecisionId: cause.decisionIdFor?.(effect.officeId) ?? null,
        note,
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
