/**
 * Every recalculation (share snapshot), newest first, filtered by office and/or municipality, in pages — with the
 * offices and municipalities for the filter.
 */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { cut } from "../pagination";

export async function loadShareLedger({
  agreementId,
  officeId,
  municipalityId,
  take,
  db = appDb,
}: {
  /** The period: its offices' recalculations, its region's municipalities. */
  agreementId: string;
  officeId?: string;
  municipalityId?: string;
  take: number;
  db?: DbClient;
}) {
  const [offices, municipalities, snapshots] = await Promise.all([
    db.clusterOffice.findMany({
      where: { agreementId },
      orderBy: [{ position: "asc" }],
      select: { id: true, name: true },
    }),
    db.municipality.findMany({
      where: { region: { agreements: { some: { id: agreementId } } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.shareSnapshot.findMany({
      where: {
        office: { agreementId },
        ...(officeId ? { officeId } : {}),
        ...(municipalityId ? { lines: { some: { municipalityId } } } : {}),
      },
      orderBy: [{ createdAt: "desc" }, { year: "asc" }, { id: "asc" }],
      take: take + 1,
      include: {
        office: { select: { name: true } },
        causeDecision: {
          include: { municipality: { select: { name: true } }, recordedBy: { select: { name: true } } },
        },
        lines: { include: { municipality: { select: { name: true } } }, orderBy: { municipality: { name: "asc" } } },
      },
    }),
  ]);
  const page = cut(snapshots, take);
  return {
    offices,
    municipalities,
    hasMore: page.hasMore,
    snapshots: page.rows.map((snapshot) => ({
      ...snapshot,
      lines: snapshot.lines.filter((line) =>
        municipalityId ? line.municipalityId === municipalityId : line.amount !== line.previousAmount,
      ),
    })),
  };
}
