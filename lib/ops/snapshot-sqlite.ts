/**
 * SQLite: a consistent copy of a database that the app may be writing to right now, with better-sqlite3's
 * online backup API. After the first (empty) step, the progress callback asks for every remaining page in
 * one step: that step holds a read transaction, so the copy is one point in time even in the middle of
 * writes (a page-by-page backup would restart whenever another connection writes).
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import { inspectDatabase, type DatabaseSummary } from "./inspect-database";
import { OpsError } from "./ops-error";
import { openSqliteReader } from "./sqlite-reader";

export async function snapshotSqlite({
  sourceFile,
  targetFile,
}: {
  sourceFile: string;
  targetFile: string;
}): Promise<DatabaseSummary> {
  if (!fs.existsSync(sourceFile)) throw new OpsError(`Databasefilen ${sourceFile} findes ikke.`);
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    await source.backup(targetFile, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  // Counted inside the copy itself, so the manifest describes exactly what was saved.
  const reader = openSqliteReader({ file: targetFile });
  try {
    return await inspectDatabase({ reader });
  } finally {
    reader.close();
  }
}
