/**
 * A read-only look into the e2e database — SQLite (data/e2e.db) or PostgreSQL (E2E_DATABASE_URL) — to prove that
 * refused input stored nothing and accepted input stored what was sent. Synchronous, so specs read like prose:
 * SQLite through better-sqlite3, PostgreSQL through `psql` (Debian's client; its variables quote parameters).
 * SQL is written once with `?` placeholders and double-quoted identifiers, which both databases understand.
 */
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";

export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";
export const onPostgres = /^postgres(ql)?:\/\//.test(E2E_DATABASE_URL);

export function queryRows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[] {
  return queryBatch([sql], params)[0] as T[];
}

/**
 * Several queries in one round trip (one psql process on PostgreSQL). The parameters are taken in order across the
 * statements: each `?` takes the next one.
 */
export function queryBatch(sqls: string[], params: unknown[] = []): Record<string, unknown>[][] {
  if (!onPostgres) {
    const db = new Database(E2E_DATABASE_URL.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
    try {
      let taken = 0;
      return sqls.map((sql) => {
        const count = (sql.match(/\?/g) ?? []).length;
        const own = params.slice(taken, (taken += count));
        return db.prepare(sql).all(...own) as Record<string, unknown>[];
      });
    } finally {
      db.close();
    }
  }
  const variables = params.flatMap((value, i) => ["-v", `p${i + 1}=${String(value)}`]);
  let index = 0;
  const script = sqls
    .map((sql) => {
      const numbered = sql.replace(/\?/g, () => `:'p${++index}'`);
      return `SELECT COALESCE(json_agg(row_to_json(t)), '[]') FROM (${numbered}) t;`;
    })
    .join("\n");
  const output = execFileSync(
    "psql",
    [E2E_DATABASE_URL, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", ...variables, "-f", "-"],
    { input: script, encoding: "utf8" },
  );
  return output
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>[]);
}

export function countRows(sql: string, ...params: unknown[]): number {
  return Number((queryRows<{ n: number | string }>(sql, ...params)[0] ?? { n: 0 }).n);
}

export const decisionsOf = (code: string) =>
  countRows(
    'SELECT COUNT(*) AS n FROM "CouncilDecision" d JOIN "Municipality" m ON m.id = d."municipalityId" WHERE m.code = ?',
    code,
  );
export const auditEvents = () =>
  countRows('SELECT COUNT(*) AS n FROM "AuditEvent" WHERE action = ?', "decision.recorded");

export const rowCount = (table: string) => countRows(`SELECT COUNT(*) AS n FROM "${table}"`);
export const leadAmounts = () =>
  queryRows<{ a: number }>('SELECT "yearlyAmount" AS a FROM "OfficeLead" ORDER BY id').map((r) => Number(r.a));

export const evaluationsOf = (slug: string) =>
  countRows(
    'SELECT COUNT(*) AS n FROM "EvaluationSubmission" s JOIN "EvaluationReport" r ON r.id = s."reportId" ' +
      'JOIN "ClusterOffice" o ON o.id = r."officeId" WHERE o.slug = ?',
    slug,
  );

export const attachmentIdByName = (fileName: string) =>
  queryRows<{ id: string }>('SELECT id FROM "Attachment" WHERE "fileName" = ?', fileName)[0]!.id;

/** Everything an action could change, in one string: equal before and after = nothing stored. */
export function fingerprint(): string {
  return queryBatch([
    ...[
      "CouncilDecision",
      "Attachment",
      "User",
      "EvaluationSubmission",
      "EvaluationReview",
      "PoolOverride",
      "ShareSnapshot",
      "ShareSnapshotLine",
    ].map((t) => `SELECT COUNT(*) AS n FROM "${t}"`),
    `SELECT COUNT(*) AS n FROM "AuditEvent" WHERE action NOT LIKE 'auth.%' AND action NOT LIKE 'access.%' ` +
      `AND action NOT LIKE '%.downloaded'`,
    `SELECT id, "yearlyAmount" FROM "OfficeLead" ORDER BY id`,
    `SELECT id, "decisionDueDate" FROM "Agreement" ORDER BY id`,
    `SELECT id, status, version, "dueDate" FROM "EvaluationReport" ORDER BY id`,
    `SELECT id, active, role, "passwordHash" FROM "User" ORDER BY id`,
    `SELECT id, version FROM "Participation" ORDER BY id`,
  ])
    .map((rows) => JSON.stringify(rows))
    .join("|");
}

export function idOf(table: string, where: string, ...params: unknown[]): string {
  const row = queryRows<{ id: string }>(`SELECT id FROM "${table}" WHERE ${where}`, ...params)[0];
  if (!row) throw new Error(`no ${table} where ${where}`);
  return row.id;
}

/**
 * Changes the e2e database directly — only for what no user can do: damaging a record to provoke an unexpected
 * error (e2e/error-page.spec.ts), and putting it back. Same SQL for SQLite and PostgreSQL.
 */
export function execute(sql: string) {
  if (!onPostgres) {
    const db = new Database(E2E_DATABASE_URL.replace(/^file:/, ""), { fileMustExist: true, timeout: 10_000 });
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
    return;
  }
  execFileSync("psql", [E2E_DATABASE_URL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", "-"], {
    input: sql,
    encoding: "utf8",
  });
}
