/**
 * The ledger checked as the secretariat reads it, for tests: per year and payer, the amount before plus every
 * snapshot's change (after − before, as the ledger tells it) must be what the engine computes now. A change computed
 * from a period that was no longer current tells a «before» that was not true, and the sum does not come out.
 */
import { expect } from "vitest";
import type { DbClient } from "../db/types";
import { loadAgreement } from "../shares/load-agreement";
import { amountFor } from "../allocation";

export type OfficeAmounts = Map<number, Map<string, number>>;

/** What every municipality pays an office per year, computed now from what is stored (no cache). */
export async function officeAmountsNow(db: DbClient, agreementId: string, officeId: string): Promise<OfficeAmounts> {
  const view = await loadAgreement({ db, agreementId });
  return new Map(
    view.years.map((year) => {
      const entry = view.allocationFor(officeId, year);
      return [year, new Map(view.municipalities.map((m) => [m.code, amountFor(entry, m.code).amount]))];
    }),
  );
}

/** The office's ledger since `since` leads from `before` to the amounts computed now; returns its snapshots. */
export async function expectLedgerAddsUp(
  db: DbClient,
  {
    agreementId,
    officeId,
    before,
    since,
  }: { agreementId: string; officeId: string; before: OfficeAmounts; since: Date },
) {
  const snapshots = await db.shareSnapshot.findMany({
    where: { officeId, createdAt: { gte: since } },
    include: { lines: { include: { municipality: { select: { code: true } } } } },
  });
  expect(snapshots.length).toBeGreaterThan(0);
  const now = await officeAmountsNow(db, agreementId, officeId);
  for (const [year, payers] of now) {
    for (const [code, amount] of payers) {
      const told = snapshots
        .filter((s) => s.year === year)
        .flatMap((s) => s.lines.filter((line) => line.municipality.code === code))
        .reduce((sum, line) => sum + line.amount - line.previousAmount, 0);
      expect({ year, code, amount: before.get(year)!.get(code)! + told }).toEqual({ year, code, amount });
    }
  }
  return { snapshots, now };
}
