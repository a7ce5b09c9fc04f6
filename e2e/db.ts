/**
 * A read-only look into the e2e database — SQLite (data/e2e.db) or PostgreSQL (E2E_DATABASE_URL) — to prove that
 * refused input stored nothing and accepted input stored what was sent. Synchronous, so specs read like prose:
 * SQLite through better-sqlite3, PostgreSQL through `psql` (Debian's client; its variables quote parameters).
 * SQL is written once with `?` placeholders and double-quoted identifiers, which both databases understand.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import Database from "better-sqlite3";

export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";

/** Debian's psql binary itself: /usr/bin/psql is a Perl wrapper that costs ~50 ms a call, and the fuzz test calls it
 * thousands of times. */
const PSQL = (() => {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return "psql";
  const found = fs
    .readdirSync(root)
    .map((version) => `${root}/${version}/bin/psql`)
    .filter((file) => fs.existsSync(file))
    .sort();
  return found.at(-1) ?? "psql";
})();
export const onPostgres = /^postgres(ql)?:\/\//.test(E2E_DATABASE_URL);

export function queryRows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[] {
  return queryBatch([[sql, ...params]])[0] as T[];
}

/** Several queries, each with its own parameters, in one round trip (one psql process on PostgreSQL). */
export function queryBatch(statements: (string | [string, ...unknown[]])[]): Record<string, unknown>[][] {
  const list = statements.map((statement) => (typeof statement === "string" ? [statement] : statement)) as [
    string,
    ...unknown[],
  ][];
  if (!onPostgres) {
    const db = new Database(E2E_DATABASE_URL.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
    try {
      return list.map(([sql, ...params]) => db.prepare(sql).all(...params) as Record<string, unknown>[]);
    } finally {
      db.close();
    }
  }
  // psql variables p1, p2, … numbered across all statements; psql quotes each as a literal.
  const variables: string[] = [];
  const lines = list.map(([sql, ...params]) => {
    let index = 0;
    const numbered = sql.replace(/\?/g, () => {
      variables.push(String(params[index++]));
      return `:'p${variables.length}'`;
    });
    return `SELECT COALESCE(json_agg(row_to_json(kp_row)), '[]') FROM (${numbered}) kp_row;`;
  });
  const output = execFileSync(
    PSQL,
    [
      E2E_DATABASE_URL,
      "-X",
      "-q",
      "-A",
      "-t",
      "-v",
      "ON_ERROR_STOP=1",
      ...variables.flatMap((value, i) => ["-v", `p${i + 1}=${value}`]),
      "-f",
      "-",
    ],
    { input: lines.join("\n"), encoding: "utf8" },
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
      "Agreement",
      "ClusterOffice",
      "PopulationFigure",
      "YearClosing",
      "InvoiceLine",
      "Invoice",
      "Payment",
    ].map((t) => `SELECT COUNT(*) AS n FROM "${t}"`),
    `SELECT COUNT(*) AS n FROM "AuditEvent" WHERE action NOT LIKE 'auth.%' AND action NOT LIKE 'access.%' ` +
      `AND action NOT LIKE '%.downloaded'`,
    `SELECT id, "yearlyAmount" FROM "OfficeLead" ORDER BY id`,
    `SELECT id, "decisionDueDate" FROM "Agreement" ORDER BY id`,
    `SELECT id, "decisionDueDate" FROM "ClusterOffice" ORDER BY id`,
    `SELECT id, status, version, "dueDate" FROM "EvaluationReport" ORDER BY id`,
    `SELECT id, active, role FROM "User" ORDER BY id`,
    `SELECT id, version FROM "Participation" ORDER BY id`,
    `SELECT id, "reopenedAt", version FROM "YearClosing" ORDER BY id`,
    `SELECT id, cvr, ean FROM "Municipality" ORDER BY id`,
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
 * Runs a statement that changes data — only for what a test must break on purpose (the error page's test makes a
 * query fail). Never for set-up a user could do through the app.
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
  execFileSync(PSQL, [E2E_DATABASE_URL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", "-"], {
    input: sql,
    encoding: "utf8",
  });
}

/** KKR Sjælland's 2021–2024 period (the e2e seed's; a later spec adds 2025–2028). */
export const sjaellandPeriodId = () =>
  idOf("Agreement", '"regionId" = (SELECT id FROM "Region" WHERE code = ?) AND "firstYear" = 2021', "1085");
