/**
 * Creates the Prisma client for a DATABASE_URL: SQLite (default) or PostgreSQL, each with its driver
 * adapter and its own generated client (the query compiler is provider-specific). No `server-only` here
 * so the seed, the benchmark and the tests can use it; the app uses lib/db/index.ts.
 */
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../prisma/generated/sqlite";
import { PrismaClient as PostgresPrismaClient } from "../../prisma/generated/postgres";
import { DEFAULT_SQLITE_URL, isPostgresUrl, sqliteFilePath } from "./database-url";

export type Database = PrismaClient;

export function createPrismaClient(url: string = process.env.DATABASE_URL || DEFAULT_SQLITE_URL): Database {
  if (isPostgresUrl(url)) {
    // Both generated clients come from the same schema (scripts/postgres-schema.ts), so their APIs are
    // identical; the app is typed against the SQLite one.
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Database;
  }
  // busy timeout: concurrent writers wait for the lock instead of failing at once.
  const adapter = new PrismaBetterSQLite3({ url: path.resolve(sqliteFilePath(url)), timeout: 10_000 });
  return new PrismaClient({ adapter });
}
