/**
 * `npm run bench`: a decision save (claim, recalculation, ledger snapshot, notices, audit) against the floor of
 * any write — one insert and one update in one interactive transaction through the same client (issue 17).
 * Runs on whichever database the client talks to (SQLite, PostgreSQL). Saves go to the largest KKR's current
 * period, alternating Ja and Nej so every save changes amounts.
 */
import type { Database } from "../db/create-client";
import { findCurrentAgreement } from "../shares/load-agreement";
import { recordDecisions } from "../decisions/record-decisions";
import { timeRuns } from "./measure";

export async function measureWrites({
  db,
  municipalityCode,
  saves = 200,
}: {
  db: Database;
  municipalityCode: string;
  saves?: number;
}) {
  const municipality = await db.municipality.findUniqueOrThrow({ where: { code: municipalityCode } });
  const actor = await db.user.findFirstOrThrow({ where: { municipalityId: municipality.id } });
  const agreement = (await findCurrentAgreement({ db, regionId: municipality.regionId }))!;
  const participation = await db.participation.findFirstOrThrow({
    where: { municipalityId: municipality.id, office: { agreementId: agreement.id } },
    orderBy: { officeId: "asc" },
  });

  const minimalWrite = await timeRuns(saves, (i) =>
    db.$transaction(async (tx) => {
      await tx.auditEvent.create({
        data: { actorId: actor.id, action: "bench.write", entityType: "Participation", entityId: participation.id },
      });
      await tx.participation.update({
        where: { id: participation.id },
        data: { updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i + 10)) },
      });
    }),
  );

  const currentVersion = async () =>
    (await db.participation.findUniqueOrThrow({ where: { id: participation.id } })).version;
  const decisionSave = await timeRuns(
    saves,
    async (i, version) => {
      await recordDecisions({
        db,
        actor,
        municipalityId: municipality.id,
        agreementId: agreement.id,
        expectedVersions: { [participation.officeId]: version },
        input: {
          officeIds: [participation.officeId],
          decision: i % 2 ? "NO" : "YES",
          effectiveFromYear: agreement.firstYear + ((i + 8) % 4),
          councilBody: "Byrådet",
          meetingDate: "2025-03-01",
          caseReference: `Bench ${i}`,
          isCorrection: false,
          minutesUrl: undefined,
          note: undefined,
          correctionReason: undefined,
          closedYearReason: undefined,
          correctsId: undefined,
        },
      });
    },
    { prepare: currentVersion },
  );
  return { minimalWrite, decisionSave };
}
