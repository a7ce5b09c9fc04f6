/**
 * `npm run db:seed`: seeds Denmark's regions and municipalities, the real Region Sjælland data and the demo users
 * (idempotent). `-- --living`: also demo data that looks like a year in real use (npm run demo does this).
 * `-- --second-kkr`: test data of a second KKR, for the e2e tests only.
 * Refuses a production database unless told explicitly (SEED_ALLOW_PRODUCTION=yes or --allow-production):
 * demo users with documented passwords must never appear on a real installation by accident.
 * `npm run db:seed -- --no-demo` loads the region data WITHOUT any demo account — what a real installation does,
 * so it is allowed on a production database; the first administrator then comes from `npm run user:create`.
 */
import { createPrismaClient } from "../lib/db/create-client";
import { isPostgresUrl } from "../lib/db/database-url";
import { seedDatabase } from "./seed/seed-database";
import { seedLivingDemo } from "./seed/living-demo";
import { seedSecondKkr } from "./seed/second-kkr";

function looksLikeProduction(url: string): boolean {
  if (process.env.NODE_ENV === "production") return true;
  if (!isPostgresUrl(url)) return false;
  const host = new URL(url).hostname;
  return !["localhost", "127.0.0.1", "::1", "[::1]"].includes(host);
}

async function main() {
  const url = process.env.DATABASE_URL ?? "";
  const demoUsers = !process.argv.includes("--no-demo");
  const allowed = process.env.SEED_ALLOW_PRODUCTION === "yes" || process.argv.includes("--allow-production");
  if (demoUsers && looksLikeProduction(url) && !allowed) {
    console.error(
      "Seed afvist: databasen ligner en produktionsdatabase, og seed opretter demo-brugere med kendte adgangskoder. " +
        "Brug --no-demo (uden demo-brugere), eller SEED_ALLOW_PRODUCTION=yes, hvis det er meningen.",
    );
    process.exit(1);
  }
  const db = createPrismaClient();
  try {
    if (!isPostgresUrl(url)) await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await seedDatabase(db, { demoUsers });
    // The living demo and the second KKR are recorded by demo users: never on a real installation (--no-demo).
    if (demoUsers && process.argv.includes("--living")) {
      if (await seedLivingDemo(db)) console.log("Demodata: to perioder med beslutninger og evalueringer.");
    }
    if (demoUsers && process.argv.includes("--second-kkr")) await seedSecondKkr(db);
    const population = await db.populationFigure.aggregate({ _sum: { value: true } });
    console.log(
      `Seed færdig: ${await db.municipality.count()} kommuner, indbyggere i alt ${population._sum.value}` +
        (demoUsers ? "." : ", ingen demo-brugere."),
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("Seed fejlede:", error instanceof Error ? error.message : error);
  process.exit(1);
});
