import "server-only";
import { createPrismaClient, type Database } from "./create-client";

// One client per server process (and across hot reloads in development).
const globalForDb = globalThis as unknown as { klyngeportalenDb?: Database };
export const db: Database = globalForDb.klyngeportalenDb ?? createPrismaClient();
globalForDb.klyngeportalenDb = db;

export type { Database };
