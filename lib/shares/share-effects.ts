/**
 * What a change does to the shares: the engine run on the agreement before and after. Used by the decision
 * preview (nothing saved), by recording decisions, and by settings changes — so the preview is what is recorded.
 */
import { allocateAgreement, amountFor, type AgreementInput, type OfficeYearAllocation } from "../allocation";
import { randomUUID } from "node:crypto";
import type { ClosedYearSettlement } from "../billing/closed-year-effects";
import type { DbClient } from "../db/types";
import { insertRows } from "../db/insert-rows";
import { queueShareChangeNotices } from "../notices/queue-share-change-notices";
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
  /** The engine's results for `before` and `after` when the caller has them (computed views): not run again. */
  computed: { before: OfficeYearAllocation[]; after: OfficeYearAllocation[] } = {
    before: allocateAgreement(before),
    after: allocateAgreement(after),
  },
): OfficeYearEffect[] {
  const previous = computed.before;
  return computed.after
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

/** What caused an amount change: every cause is named, so every cause is told (docs/decisions/0013). */
export type ShareChangeCause = {
  at: Date;
  actorId: string | null;
  /** What a settings change was, in words (the ledger and the municipality's history show it; issue 16). */
  note?: (effect: OfficeYearEffect) => string | null;
} & (
  | {
      kind: "DECISION";
      decisionIdFor: (officeId: string) => string;
      /** The municipality whose council decided. */
      decidedBy: { id: string; code: string; name: string };
      decision: "YES" | "NO";
      effectiveFromYear: number;
      effectiveToYear: number | null;
      meetingDate: Date;
      /** It corrects a wrongly recorded decision (replaces a registration). */
      correction: boolean;
      /** Recorded with retroactive effect (the box «Rettelse og tilbagevirkende kraft») without replacing one. */
      backdated?: boolean;
    }
  | { kind: "LEAD_AMOUNTS" }
  | { kind: "POOL_OVERRIDE"; amount: number; reason: string }
  | { kind: "POPULATION_CORRECTION"; basisDate: Date }
);

export type WriteShareSnapshotsOptions = {
  /** The transaction of the change. */
  db: DbClient;
  effects: OfficeYearEffect[];
  cause: ShareChangeCause;
  /** Municipality id by code. */
  municipalityIds: Map<string, string>;
  /** The closed office-years the change reaches, with each payer's settlement (a decision's; said in the mails). */
  settlements?: readonly ClosedYearSettlement[];
};

/**
 * Writes the share-ledger snapshot of each effect — call inside the transaction of the change — and, in the same
 * transaction, the notices the change causes: every municipality whose amount moved, and the secretariat when an
 * office-year became at risk or reduced (lib/notices/queue-share-change-notices.ts). Every amount change goes
 * through here, so no cause can forget to tell anyone. An agreed pool that stops or starts applying again is said in the
 * snapshot's note as well.
 */
export async function writeShareSnapshots({
  db,
  effects,
  cause,
  municipalityIds,
  settlements,
}: WriteShareSnapshotsOptions) {
  if (effects.length === 0) return [];
  // Two inserts for the whole change (the snapshots, then all their lines), whatever the number of office-years.
  const snapshots = await db.shareSnapshot.createManyAndReturn({
    data: effects.map((effect) => {
      const { allocation } = effect.after;
      return {
        officeId: effect.officeId,
        year: effect.year,
        cause: cause.kind === "DECISION" ? "DECISION" : "SETTINGS",
        causeDecisionId: cause.kind === "DECISION" ? cause.decisionIdFor(effect.officeId) : null,
        note: [cause.note?.(effect), poolOverrideNote(effect)].filter(Boolean).join(" ") || null,
        status: allocation.status,
        eligible: allocation.eligible,
        required: allocation.required,
        yesCount: allocation.yes,
        pendingCount: allocation.pending,
        noCount: allocation.no,
        pool: allocation.pool,
        total: allocation.total,
        createdAt: cause.at,
      };
    }),
    select: { id: true, officeId: true, year: true },
  });
  // One effect per office-year: matched by it, not by the order the database returns the rows in.
  const snapshotIds = effects.map(
    (effect) => snapshots.find((s) => s.officeId === effect.officeId && s.year === effect.year)!.id,
  );
  // The lines (~30 per office-year in a large region) raw: through the query builder they cost ~0.2 ms each
  // (lib/db/insert-rows.ts). Their ids are random UUIDs; the schema's cuid is only its default.
  const now = new Date();
  await insertRows(
    db,
    "ShareSnapshotLine",
    [
      "id",
      "snapshotId",
      "municipalityId",
      "isLead",
      "amount",
      "previousAmount",
      "provisional",
      "createdAt",
      "updatedAt",
    ],
    effects.flatMap((effect, i) =>
      effect.lines.map((line) => [
        randomUUID(),
        snapshotIds[i]!,
        municipalityIds.get(line.code)!,
        line.isLead,
        line.amount,
        line.previousAmount,
        line.provisional,
        now,
        now,
      ]),
    ),
  );
  await queueShareChangeNotices({ db, effects, cause, changeId: snapshotIds[0]!, municipalityIds, settlements });
  return snapshotIds;
}
