/** Which provider a DATABASE_URL is for, and how to name it to an operator (never with its password). */
import path from "node:path";
import { isPostgresUrl, sqliteFilePath } from "../db/database-url";
import type { BackupManifest } from "./backup-manifest";
import { describePostgresUrl } from "./postgres-tools";

export type Provider = BackupManifest["provider"];

export const providerOf = (databaseUrl: string): Provider => (isPostgresUrl(databaseUrl) ? "postgresql" : "sqlite");

/** The SQLite file, resolved like the app resolves it (from the working directory). */
export const sqliteFileOf = (databaseUrl: string) => path.resolve(sqliteFilePath(databaseUrl));

export function describeDatabase(databaseUrl: string): string {
  return isPostgresUrl(databaseUrl) ? describePostgresUrl(databaseUrl) : `SQLite ${sqliteFileOf(databaseUrl)}`;
}
