/** A municipality's full decision history and the ledger lines that changed its amounts. */
import type { DbClient } from "../db/types";

export async function loadDecisionHistory(db: DbClient, municipalityId: string) {
  const [decisions, changes] = await Promise.all([
    db.councilDecision.findMany({
      where: { municipalityId },
      orderBy: [{ recordedAt: "desc" }],
      include: {
        office: { select: { name: true } },
        recordedBy: { select: { name: true } },
        supersededBy: { select: { recordedAt: true, meetingDate: true } },
        minutesAttachment: { select: { id: true, fileName: true, sizeBytes: true } },
      },
    }),
    db.shareSnapshotLine.findMany({
      where: { municipalityId, isLead: false },
      orderBy: { createdAt: "desc" },
      take: 500,
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
  return { decisions, changes: changes.filter((line) => line.amount !== line.previousAmount) };
}
