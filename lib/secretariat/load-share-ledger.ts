/** Every recalculation (share snapshot), newest first, filtered by office and/or municipality. */
import type { DbClient } from "../db/types";

export async function loadShareLedger(
  db: DbClient,
  filters: { officeId?: string; municipalityId?: string },
  take = 100,
) {
  const snapshots = await db.shareSnapshot.findMany({
    where: {
      ...(filters.officeId ? { officeId: filters.officeId } : {}),
      ...(filters.municipalityId ? { lines: { some: { municipalityId: filters.municipalityId } } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { year: "asc" }],
    take,
    include: {
      office: { select: { name: true } },
      causeDecision: { include: { municipality: { select: { name: true } }, recordedBy: { select: { name: true } } } },
      lines: { include: { municipality: { select: { name: true } } }, orderBy: { municipality: { name: "asc" } } },
    },
  });
  return snapshots.map((snapshot) => ({
    ...snapshot,
    lines: snapshot.lines.filter((line) =>
      filters.municipalityId ? line.municipalityId === filters.municipalityId : line.amount !== line.previousAmount,
    ),
  }));
}
