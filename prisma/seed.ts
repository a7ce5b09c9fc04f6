/**
 * `npm run db:seed`: seeds the real Region Sjælland data and the demo users (idempotent).
 * Refuses a production database unless told explicitly (SEED_ALLOW_PRODUCTION=yes or --allow-production):
 * demo users with documented passwords must never appear on a real installation by accident.
 * `npm run db:seed -- --no-demo` loads the region data WITHOUT any demo account — what a real installation does,
 * so it is allowed on a production database; the first administrator then comes from `npm run user:create`.
 */
import { createPrismaClient } from "../lib/db/create-client";
import { isPostgresUrl } from "../lib/db/database-url";
import { seedDatabase } from "./seed/seed-database";

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
