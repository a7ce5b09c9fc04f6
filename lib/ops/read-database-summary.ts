/** inspectDatabase on the database a DATABASE_URL points at; null when a SQLite file does not exist yet. */
import fs from "node:fs";
import { providerOf, sqliteFileOf } from "./describe-database";
import { inspectDatabase, type DatabaseSummary } from "./inspect-database";
import { connectPostgres, postgresReader } from "./postgres-tools";
import { openSqliteReader } from "./sqlite-reader";

export async function readDatabaseSummary({ databaseUrl }: { databaseUrl: string }): Promise<DatabaseSummary | null> {
  if (providerOf(databaseUrl) === "postgresql") {
    const client = await connectPostgres({ url: databaseUrl });
    try {
      return await inspectDatabase({ reader: postgresReader(client) });
    } finally {
      await client.end();
    }
  }
  const file = sqliteFileOf(databaseUrl);
  if (!fs.existsSync(file)) return null;
  const reader = openSqliteReader({ file });
  try {
    return await inspectDatabase({ reader });
  } finally {
    reader.close();
  }
}
