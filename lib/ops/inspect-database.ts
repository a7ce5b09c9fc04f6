/**
 * What a database holds, read the same way on SQLite and PostgreSQL: rows per table, the newest applied
 * migration, and the attachment rows (which files belong to it). Used on a backup's own copy, on a restore
 * target before it is touched, and on the restored database.
 */
import type { BackupManifest } from "./backup-manifest";

type Row = Record<string, unknown>;
/** One read-only SQL statement → its rows. A SQLite file or a PostgreSQL connection (inside a snapshot). */
export type SqlReader = { provider: BackupManifest["provider"]; all(sql: string): Promise<Row[]> };

export type DatabaseSummary = {
  migration: string | null;
  tables: Record<string, number>;
  attachments: { storageKey: string; sha256: string; sizeBytes: number }[];
};

const LIST_TABLES = {
  sqlite: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
  postgresql: "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()",
};

export async function inspectDatabase({ reader }: { reader: SqlReader }): Promise<DatabaseSummary> {
  const names = (await reader.all(LIST_TABLES[reader.provider])).map((row) => String(row.name)).sort();
  const tables: Record<string, number> = {};
  for (const name of names) {
    const [row] = await reader.all(`SELECT COUNT(*) AS n FROM "${name.replaceAll('"', '""')}"`);
    tables[name] = Number(row?.n); // PostgreSQL counts are bigint, returned as text
  }
  const migration = names.includes("_prisma_migrations")
    ? ((
        await reader.all(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL " +
            "ORDER BY migration_name DESC LIMIT 1",
        )
      )[0]?.migration_name as string | undefined)
    : undefined;
  const attachments = names.includes("Attachment")
    ? (await reader.all('SELECT "storageKey", sha256, "sizeBytes" FROM "Attachment" ORDER BY "storageKey"')).map(
        (row) => ({ storageKey: String(row.storageKey), sha256: String(row.sha256), sizeBytes: Number(row.sizeBytes) }),
      )
    : [];
  return { migration: migration ?? null, tables, attachments };
}
