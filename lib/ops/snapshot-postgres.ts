/**
 * PostgreSQL: pg_dump (custom format) of a database the app may be writing to right now. A REPEATABLE READ
 * transaction exports its snapshot, pg_dump dumps exactly that snapshot (--snapshot), and the rows and
 * attachments are counted inside the same transaction — so the manifest describes exactly what was dumped,
 * not the live database a moment later.
 */
import { inspectDatabase, type DatabaseSummary } from "./inspect-database";
import { connectPostgres, postgresReader, runPostgresTool } from "./postgres-tools";

export async function snapshotPostgres({
  url,
  targetFile,
}: {
  url: string;
  targetFile: string;
}): Promise<DatabaseSummary> {
  const client = await connectPostgres({ url });
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
    const summary = await inspectDatabase({ reader: postgresReader(client) });
    await runPostgresTool({
      name: "pg_dump",
      url,
      args: ["--format=custom", `--snapshot=${rows[0]!.snapshot}`, `--file=${targetFile}`],
    });
    await client.query("COMMIT");
    return summary;
  } finally {
    await client.end();
  }
}
