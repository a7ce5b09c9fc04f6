/**
 * The answer of GET /api/health (app/api/health/route.ts), for load balancers and monitoring: one database
 * round trip that reads the applied migrations, compared with the migration folders committed for this
 * provider. "ok" only when the database answers within `timeoutMs` and no committed migration is pending
 * (not applied, failed or rolled back); otherwise "unavailable", with the reason logged here and never sent.
 * Under the time bound a hung database cannot hang the load balancer (docs/decisions/0009).
 */
import { log } from "../log/log";
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { db as appDb, type Database } from "../db";
import { DEFAULT_SQLITE_URL, isPostgresUrl } from "../db/database-url";

export type Health = { status: "ok"; migration: string } | { status: "unavailable" };

export type CheckHealthOptions = {
  /** Default: the app's client and its DATABASE_URL. */
  db?: Database;
  databaseUrl?: string;
  timeoutMs?: number;
};

export async function checkHealth({
  db = appDb,
  databaseUrl = process.env.DATABASE_URL || DEFAULT_SQLITE_URL,
  timeoutMs = 2000,
}: CheckHealthOptions = {}): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Problem>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "timeout", detail: `intet svar inden for ${timeoutMs} ms` }), timeoutMs);
  });
  const outcome = await Promise.race([sharedProbe(db, databaseUrl), timeout]).finally(() => clearTimeout(timer));
  report("kind" in outcome ? outcome : null);
  return "kind" in outcome ? { status: "unavailable" } : outcome;
}

type Problem = { kind: "timeout" | "database" | "migrations"; detail: string };

/**
 * One probe at a time per client: while the database hangs, the polls share the one waiting query instead of
 * each holding a pooled connection. A probe older than 30 s is given up on (a lost connection may never
 * answer), so the health can recover without a restart.
 */
const probes = new WeakMap<Database, { startedAt: number; result: Promise<Health | Problem> }>();
function sharedProbe(db: Database, databaseUrl: string): Promise<Health | Problem> {
  const current = probes.get(db);
  if (current && Date.now() - current.startedAt < 30_000) return current.result;
  const result: Promise<Health | Problem> = probe(db, databaseUrl).finally(() => {
    if (probes.get(db)?.result === result) probes.delete(db);
  });
  probes.set(db, { startedAt: Date.now(), result });
  return result;
}

async function probe(db: Database, databaseUrl: string): Promise<Health | Problem> {
  try {
    const [committed, applied] = await Promise.all([
      committedMigrations(isPostgresUrl(databaseUrl)),
      db.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    ]);
    const done = new Set(applied.map((row) => row.migration_name));
    const pending = committed.filter((name) => !done.has(name));
    if (pending.length) return { kind: "migrations", detail: `migreringer mangler: ${pending.join(", ")}` };
    const newest = [...done].sort().at(-1);
    return newest ? { status: "ok", migration: newest } : { kind: "migrations", detail: "ingen migreringer anvendt" };
  } catch (error) {
    return { kind: "database", detail: `databasen svarer ikke: ${shortReason(error)}` };
  }
}

/** The migration folders deployed with this build (literal paths: Next traces only these folders). */
async function committedMigrations(postgres: boolean): Promise<string[]> {
  const entries = postgres
    ? await fs.readdir(path.join(process.cwd(), "prisma", "postgres", "migrations"), { withFileTypes: true })
    : await fs.readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/** Prisma's messages carry a code frame of the (minified) client: keep the code and the last line. */
function shortReason(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const lastLine =
    String(message ?? error)
      .trim()
      .split("\n")
      .filter(Boolean)
      .at(-1) ?? "";
  return [typeof code === "string" ? code : "", lastLine.slice(0, 200)].filter(Boolean).join(" ");
}

/** Logs when the state changes, not on every poll of the load balancer. */
let lastProblem: string | null = null;
function report(problem: Problem | null) {
  const key = problem && (problem.kind === "migrations" ? problem.detail : problem.kind);
  if (key === lastProblem) return;
  if (problem) log("warn", { event: "health.unavailable", message: `Sundhedstjek: utilgængelig (${problem.detail})` });
  else if (lastProblem) log("info", { event: "health.available", message: "Sundhedstjek: tilgængelig igen" });
  lastProblem = key;
}
