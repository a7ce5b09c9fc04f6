/**
 * Prisma CLI configuration. DATABASE_URL selects the provider: `postgresql://…` uses
 * prisma/postgres/schema.prisma (generated) and its migrations; anything else is SQLite (the default,
 * data/klyngeportalen.db). All commands run on the wasm schema engine with a driver adapter — no native
 * binaries (docs/decisions/0001-prisma-6-19.md).
 */
import path from "node:path";
import { defineConfig } from "prisma/config";
import { loadDotEnv, postgresMigrationAdapter, sqliteMigrationAdapter, unrefLongTimers } from "./prisma/cli-shims";
import { DEFAULT_SQLITE_URL, isPostgresUrl, sqliteFilePath } from "./lib/db/database-url";

loadDotEnv(__dirname);
unrefLongTimers();
process.env.DATABASE_URL ||= DEFAULT_SQLITE_URL;
const url = process.env.DATABASE_URL;
const postgres = isPostgresUrl(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: {
    path: postgres ? "prisma/postgres/migrations" : "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  adapter: async () =>
    postgres ? postgresMigrationAdapter(url) : sqliteMigrationAdapter(path.resolve(sqliteFilePath(url))),
});
