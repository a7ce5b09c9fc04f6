/**
 * GET /api/health's check against a real database (SQLite, and PostgreSQL in its run): ok with the newest
 * migration; unavailable — with nothing else said — when a migration is pending or failed, when the database
 * cannot be reached, and (PostgreSQL) when it hangs. Stopping the PostgreSQL server itself:
 * check-health.restart.test.ts.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createPrismaClient } from "../db/create-client";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { checkHealth } from "./check-health";
import { spyOnHealthLog } from "./health-log-spy";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const newest = fs
  .readdirSync(path.resolve(__dirname, "../../prisma/migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .at(-1)!;

describe("checkHealth", () => {
  it("answers ok with the newest applied migration after a round trip", async () => {
    expect(await checkHealth({ db: t.db, databaseUrl: t.url })).toEqual({ status: "ok", migration: newest });
  });

  it("answers unavailable while a committed migration is failed or not applied, and ok once it is", async () => {
    const errors = spyOnHealthLog();
    await t.db.$executeRaw`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = ${newest}`;
    expect(await checkHealth({ db: t.db, databaseUrl: t.url })).toEqual({ status: "unavailable" });
    await t.db.$executeRaw`UPDATE _prisma_migrations SET finished_at = started_at WHERE migration_name = ${newest}`;
    expect(await checkHealth({ db: t.db, databaseUrl: t.url })).toEqual({ status: "ok", migration: newest });
    await t.db.$executeRaw`UPDATE _prisma_migrations SET migration_name = 'x' WHERE migration_name = ${newest}`;
    expect(await checkHealth({ db: t.db, databaseUrl: t.url })).toEqual({ status: "unavailable" });
    await t.db.$executeRaw`UPDATE _prisma_migrations SET migration_name = ${newest} WHERE migration_name = 'x'`;
    expect(await checkHealth({ db: t.db, databaseUrl: t.url })).toEqual({ status: "ok", migration: newest });
    // The reason is logged on the server (once per change), never sent.
    expect(errors.lines()).toEqual([
      `Sundhedstjek: utilgængelig (migreringer mangler: ${newest})`,
      `Sundhedstjek: utilgængelig (migreringer mangler: ${newest})`,
    ]);
    errors.mockRestore();
  });

  it("answers unavailable when the database cannot be reached", async () => {
    const errors = spyOnHealthLog();
    const url =
      t.provider === "postgresql"
        ? Object.assign(new URL(t.url), { pathname: "/kp_findes_ikke" }).toString()
        : "file:/findes/ikke/klyngeportalen.db";
    const unreachable = createPrismaClient(url);
    expect(await checkHealth({ db: unreachable, databaseUrl: url })).toEqual({ status: "unavailable" });
    await unreachable.$disconnect().catch(() => undefined);
    expect(errors.lines()).toContainEqual(expect.stringMatching(/^Sundhedstjek: utilgængelig \(databasen svarer ikke/));
    errors.mockRestore();
  });

  it.runIf(!!inject("postgresAdminUrl"))(
    "answers unavailable within its bound when PostgreSQL hangs, and ok once it answers again",
    async () => {
      spyOnHealthLog();
      // Another session holds a lock the health query must wait for: the database is up but does not answer.
      const blocker = new pg.Client({ connectionString: t.url });
      await blocker.connect();
      await blocker.query("BEGIN");
      await blocker.query('LOCK TABLE "_prisma_migrations" IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      expect(await checkHealth({ db: t.db, databaseUrl: t.url, timeoutMs: 2000 })).toEqual({ status: "unavailable" });
      expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
      expect(Date.now() - started).toBeLessThan(3000);
      // Polls during the hang share the one waiting query: no pooled connection per poll.
      expect(await checkHealth({ db: t.db, databaseUrl: t.url, timeoutMs: 300 })).toEqual({ status: "unavailable" });
      const { rows } = await blocker.query(
        `SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() ` +
          `AND wait_event_type = 'Lock' AND query LIKE '%_prisma_migrations%'`,
      );
      expect(rows[0].n).toBe(1);
      await blocker.query("ROLLBACK");
      await blocker.end();
      expect(await checkHealth({ db: t.db, databaseUrl: t.url })).toEqual({ status: "ok", migration: newest });
      vi.restoreAllMocks();
    },
  );
});
