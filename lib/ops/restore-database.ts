/**
 * Puts a backup's database copy in place. SQLite: the file is copied next to the target and renamed over it
 * (atomic: the target is the old database or the new one, never half of each); a leftover -wal/-shm/-journal
 * of the old file is removed first, so it can never be replayed onto the new one. PostgreSQL: pg_restore in
 * one transaction (all or nothing), dropping the dump's objects first (--clean --if-exists) and owned by the
 * restoring user (--no-owner).
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { providerOf, sqliteFileOf } from "./describe-database";
import { runPostgresTool } from "./postgres-tools";

export async function restoreDatabase({ databaseUrl, backupFile }: { databaseUrl: string; backupFile: string }) {
  if (providerOf(databaseUrl) === "postgresql") {
    await runPostgresTool({
      name: "pg_restore",
      url: databaseUrl,
      args: ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", backupFile],
    });
    return;
  }
  const target = sqliteFileOf(databaseUrl);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.restore-${randomUUID()}.part`;
  try {
    await fs.copyFile(backupFile, temporary);
    const handle = await fs.open(temporary, "r+");
    await handle.sync().finally(() => handle.close());
    for (const suffix of ["-wal", "-shm", "-journal"]) await fs.rm(target + suffix, { force: true });
    await fs.rename(temporary, target);
  } finally {
    await fs.rm(temporary, { force: true });
  }
}
