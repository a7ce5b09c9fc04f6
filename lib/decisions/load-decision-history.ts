/** A municipality's decision history and the ledger lines that changed its amounts, newest first, in pages. */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { cut } from "../pagination";

export async function loadDecisionHistory({
  municipalityId,
  take,
  db = appDb,
}: {
  municipalityId: string;
  /** How many rows of each list to show ("vis flere" asks for more). */
  take: number;
  db?: DbClient;
}) {
  const [decisions, changes] = await Promise.all([
    db.councilDecision.findMany({
      where: { municipalityId },
      orderBy: [{ recordedAt: "desc" }, { id: "asc" }],
      take: take + 1,
      include: {
        office: { select: { name: true } },
        recordedBy: { select: { name: true } },
        supersededBy: { select: { recordedAt: true, meetingDate: true } },
        minutesAttachment: { select: { id: true, fileName: true, sizeBytes: true } },
      },
    }),
    db.shareSnapshotLine.findMany({
      // Only lines whose amount changed (the column comparison is done in the query, so pages are full).
      where: { municipalityId, isLead: false, amount: { not: { equals: db.shareSnapshotLine.fields.previousAmount } } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: take + 1,
      include: {
        snapshot: {
          select: {
            year: true,
            createdAt: true,
            status: true,
            office: { select: { name: true } },
            causeDecision: {
              select: {
                decision: true,
                meetingDate: true,
                effectiveFromYear: true,
                municipality: { select: { name: true } },
              },
            },
          },
        },
      },
    }),
  ]);
  return { decisions: cut(decisions, take), changes: cut(changes, take) };
}
