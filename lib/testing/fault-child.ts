/**
 * Child process for the crash test (lib/files/crash-recovery.db.test.ts): records decisions with council
 * minutes in a loop until it is killed. Prints "ready" once connected and "saved" after each commit.
 */
import { createPrismaClient } from "../db/create-client";
import { recordDecisions } from "../decisions/record-decisions";

async function main() {
  const db = createPrismaClient(process.env.DATABASE_URL);
  const municipality = await db.municipality.findUniqueOrThrow({ where: { code: process.argv[2]! } });
  const actor = await db.user.findFirstOrThrow({ where: { municipalityId: municipality.id } });
  const { id: agreementId } = await db.agreement.findFirstOrThrow({ where: { regionId: municipality.regionId } });
  const participations = await db.participation.findMany({
    where: { municipalityId: municipality.id, office: { agreementId } },
  });
  const officeIds = participations.map((p) => p.officeId);
  process.stdout.write("ready\n");
  for (let i = 0; ; i++) {
    const versions = await db.participation.findMany({
      where: { municipalityId: municipality.id, office: { agreementId } },
    });
    await recordDecisions({
      db,
      actor,
      municipalityId: municipality.id,
      agreementId,
      input: {
        officeIds,
        decision: i % 2 ? "NO" : "YES",
        effectiveFromYear: 2021 + (i % 4),
        councilBody: "Byrådet",
        meetingDate: "2021-03-01",
        caseReference: `Punkt ${i}`,
        isCorrection: false,
        minutesUrl: undefined,
        note: undefined,
        correctionReason: undefined,
        closedYearReason: undefined,
        correctsId: undefined,
      },
      expectedVersions: Object.fromEntries(versions.map((p) => [p.officeId, p.version])),
      minutes: { fileName: `referat-${i}.pdf`, bytes: new TextEncoder().encode(`%PDF-1.4\n${"x".repeat(50_000)}${i}`) },
    });
    process.stdout.write("saved\n");
  }
}

main().catch(() => process.exit(1));
