/**
 * A multi-row INSERT through Prisma's raw API, for the few writes with many rows (the share ledger's lines).
 * Through the query builder, Prisma 6.19's query compiler costs ~0.2 ms of CPU per row (100 lines: ~20 ms); bound
 * as raw values it is a fraction of that (issue 17, docs/decisions/0019-speed-at-the-floor.md). The statement is
 * the client's own tagged template — placeholders `?` on SQLite, `$n` on PostgreSQL — and the driver adapters store
 * dates and booleans as Prisma does. Table and column names come from code, never from input.
 */
import type { DbClient } from "./types";

type Value = string | number | boolean | Date | null;

/** At most this many rows per statement: far below both databases' limits on bound values. */
const ROWS_PER_STATEMENT = 500;

export async function insertRows(db: DbClient, table: string, columns: readonly string[], rows: readonly Value[][]) {
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    // The template's strings around the values: `head` before the first, "), (" between rows, ")" after the last.
    const strings: string[] = [head];
    chunk.forEach((row, r) =>
      row.forEach((_, c) => strings.push(c < row.length - 1 ? ", " : r < chunk.length - 1 ? "), (" : ")")),
    );
    const template = Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray;
    await db.$executeRaw(template, ...chunk.flat());
  }
}
