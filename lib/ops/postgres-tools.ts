/**
 * pg_dump / pg_restore from Debian's postgresql package (postgresql-client-NN): the newest under
 * /usr/lib/postgresql/NN/bin, else whatever is on PATH. The connection goes in as a libpq URI without the
 * password (which travels in PGPASSWORD, so it never shows in the process list) and without Prisma's own
 * query parameters, which libpq rejects.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import type { SqlReader } from "./inspect-database";
import { OpsError } from "./ops-error";

const LIBPQ_PARAMETERS = new Set([
  ...["host", "port", "user", "connect_timeout", "application_name", "options", "target_session_attrs"],
  ...["sslmode", "sslcert", "sslkey", "sslrootcert"],
]);

export function findPostgresTool({ name }: { name: "pg_dump" | "pg_restore" }): string {
  const versions = fs.existsSync("/usr/lib/postgresql") ? fs.readdirSync("/usr/lib/postgresql") : [];
  const newest = versions
    .map((version) => path.join("/usr/lib/postgresql", version, "bin", name))
    .filter((tool) => fs.existsSync(tool))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
    .at(-1);
  return newest ?? name;
}

export async function runPostgresTool({
  name,
  url,
  args,
}: {
  name: "pg_dump" | "pg_restore";
  url: string;
  args: string[];
}) {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password) || parsed.searchParams.get("password") || "";
  parsed.password = "";
  for (const key of [...parsed.searchParams.keys()]) if (!LIBPQ_PARAMETERS.has(key)) parsed.searchParams.delete(key);
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  try {
    await promisify(execFile)(findPostgresTool({ name }), [...args, `--dbname=${parsed}`], {
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { code, stderr } = error as { code?: string | number; stderr?: string };
    if (code === "ENOENT")
      throw new OpsError(`${name} findes ikke. Installér PostgreSQL (apt-get install postgresql).`);
    const lines = String(stderr ?? "")
      .trim()
      .split("\n")
      .filter(Boolean)
      .slice(0, 10);
    throw new OpsError(`${name} fejlede (afslutningskode ${code}).`, lines);
  }
}

/** The database as the user sees it: no password. */
export function describePostgresUrl(url: string): string {
  const parsed = new URL(url);
  const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : "";
  return `PostgreSQL ${user}${parsed.host}${parsed.pathname}`;
}

/** A SqlReader on a pg client (the caller owns the connection and any transaction it is in). */
export const postgresReader = (client: pg.Client): SqlReader => ({
  provider: "postgresql",
  all: async (sql) => (await client.query(sql)).rows,
});

export async function connectPostgres({ url }: { url: string }): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new OpsError(`Kan ikke forbinde til ${describePostgresUrl(url)}. Kører databasen, og findes den?`, [
      (error as Error).message,
    ]);
  }
  return client;
}
