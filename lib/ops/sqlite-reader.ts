/** A SqlReader on a SQLite file, through better-sqlite3 directly (not Prisma: the backup is a plain file). */
import Database from "better-sqlite3";
import type { SqlReader } from "./inspect-database";

export function openSqliteReader({ file }: { file: string }): SqlReader & { close(): void } {
  // Read-write on purpose: closing the last connection then checkpoints and removes -wal/-shm, so the file
  // stays one self-contained file (a read-only connection would leave them behind).
  const connection = new Database(file, { fileMustExist: true });
  return {
    provider: "sqlite",
    all: async (sql) => connection.prepare(sql).all() as Record<string, unknown>[],
    close: () => connection.close(),
  };
}
