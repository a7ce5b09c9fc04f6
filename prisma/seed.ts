/**
 * `npm run db:seed`: seeds Denmark's regions and municipalities, the real Region Sjælland data and the demo users
 * (idempotent). `-- --living`: also demo data that looks like a year in real use (npm run demo does this).
 * `-- --second-kkr`: test data of a second KKR, for the e2e tests only.
 * Refuses a production database unless told explicitly (SEED_ALLOW_PRODUCTION=yes or --allow-production):
 * demo users with documented passwords must never appear on a real installation by accident.
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
  const allowed = process.env.SEED_ALLOW_PRODUCTION === "yes" || process.argv.includes("--allow-production");
  if (looksLikeProduction(url) && !allowed) {
    console.error(
      "Seed afvist: databasen ligner en produktionsdatabase. Kør med SEED_ALLOW_PRODUCTION=yes, hvis det er meningen.",
    );
    process.exit(1);
  }
  const db = createPrismaClient();
  try {
    if (!isPostgresUrl(url)) await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await seedDatabase(db);
    if (process.argv.includes("--living")) {
      if (await seedLivingDemo(db)) console.log("Demodata: to perioder med beslutninger og evalueringer.");
    }
    if (process.argv.includes("--second-kkr")) await seedSecondKkr(db);
    const population = await db.populationFigure.aggregate({ _sum: { value: true } });
    console.log(`Seed færdig: ${await db.municipality.count()} kommuner, indbyggere i alt ${population._sum.value}.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("Seed fejlede:", error instanceof Error ? error.message : error);
  process.exit(1);
});
