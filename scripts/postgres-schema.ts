/**
 * prisma/schema.prisma (SQLite) is the one source of truth; the PostgreSQL schema is derived from it.
 *   tsx scripts/postgres-schema.ts          writes prisma/postgres/schema.prisma
 *   tsx scripts/postgres-schema.ts --check  exits 1 if the committed file has drifted
 */
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
export const SOURCE = path.join(root, "prisma/schema.prisma");
export const TARGET = path.join(root, "prisma/postgres/schema.prisma");

const HEADER = "// GENERATED from prisma/schema.prisma by `npm run db:schema:postgres` — do not edit by hand.\n";

export function toPostgresSchema(sqliteSchema: string): string {
  const replaced = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\/generated\/sqlite"/, 'output     = "../generated/postgres"');
  if (!replaced.includes('"postgresql"') || !replaced.includes("generated/postgres")) {
    throw new Error("prisma/schema.prisma: datasource provider or generator output not found");
  }
  return HEADER + replaced;
}

if (require.main === module) {
  const expected = toPostgresSchema(fs.readFileSync(SOURCE, "utf8"));
  if (process.argv.includes("--check")) {
    const actual = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, "utf8") : "";
    if (actual !== expected) {
      console.error("prisma/postgres/schema.prisma is out of date: run `npm run db:schema:postgres`");
      process.exit(1);
    }
  } else {
    fs.mkdirSync(path.dirname(TARGET), { recursive: true });
    fs.writeFileSync(TARGET, expected);
  }
}
