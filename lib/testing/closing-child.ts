/**
 * Child process for the closing crash test (lib/billing/closing.db.test.ts): closes a whole year of Sjælland's
 * first period for every office, then clears it again (test-only raw deletes), in a loop until it is killed.
 * Prints "ready" once connected and "closed" after each commit of a closing.
 */
import { createPrismaClient } from "../db/create-client";
import { closeOfficeYears } from "../billing/close-office-years";

async function main() {
  const db = createPrismaClient(process.env.DATABASE_URL);
  const region = await db.region.findUniqueOrThrow({ where: { code: "1085" } });
  const agreement = await db.agreement.findFirstOrThrow({
    where: { regionId: region.id },
    orderBy: { firstYear: "asc" },
  });
  const offices = await db.clusterOffice.findMany({ where: { agreementId: agreement.id } });
  const actor = await db.user.findFirstOrThrow({ where: { role: "SECRETARIAT", regionId: region.id } });
  process.stdout.write("ready\n");
  for (let i = 0; ; i++) {
    const year = agreement.firstYear + (i % 4);
    await closeOfficeYears({
      db,
      actor,
      agreementId: agreement.id,
      year,
      officeIds: offices.map((o) => o.id),
      reason: `Krydstest ${i}`,
    });
    process.stdout.write("closed\n");
    await db.$transaction([
      db.invoiceLine.deleteMany({ where: { closing: { year, office: { agreementId: agreement.id } } } }),
      db.yearClosing.deleteMany({ where: { year, office: { agreementId: agreement.id } } }),
    ]);
  }
}

main().catch(() => process.exit(1));
