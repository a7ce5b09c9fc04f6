/**
 * GET /api/health's check, through the app's own client (lib/db), with PostgreSQL really stopped (pg_ctl, via
 * scripts/postgres-server.sh stop) and started again (resume). Stopping the server would break every other
 * test, so this file is its own vitest project ("restart"), run alone by scripts/test.sh after the PostgreSQL
 * integration tests — and only with TEST_POSTGRES_RESTARTABLE=1, which says that the server at
 * TEST_POSTGRES_URL is the one scripts/postgres-server.sh manages (same PGTEST_DIR and port).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { spyOnHealthLog } from "./health-log-spy";

const root = path.resolve(__dirname, "../..");
const adminUrl = process.env.TEST_POSTGRES_URL ?? "";
const name = `kp_health_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
const url = adminUrl && Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
let stopped = false;

const server = (command: "stop" | "resume") => {
  execFileSync("bash", ["scripts/postgres-server.sh", command], { cwd: root, stdio: "pipe" });
  stopped = command === "stop";
};
const admin = async (sql: string) => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
};

/** Never stop a server this test does not own: the managed cluster must be the one at TEST_POSTGRES_URL. */
function managedServer(): boolean {
  if (!adminUrl || process.env.TEST_POSTGRES_RESTARTABLE !== "1") return false;
  const pidFile = path.join(process.env.PGTEST_DIR || "/tmp/klyngeportalen-pg", "postmaster.pid");
  const port = fs.existsSync(pidFile) ? fs.readFileSync(pidFile, "utf8").split("\n")[3] : undefined;
  if (port === new URL(adminUrl).port) return true;
  console.warn(`Skipped: ${pidFile} is not the server at TEST_POSTGRES_URL`);
  return false;
}

describe.runIf(managedServer())("the health check", () => {
  beforeAll(async () => {
    await admin(`CREATE DATABASE "${name}"`);
    execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: url } });
  }, 60_000);
  afterAll(async () => {
    if (stopped) server("resume");
    const { db } = await import("../db");
    await db.$disconnect();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it("answers unavailable while PostgreSQL is stopped, and ok as soon as it is back", async () => {
    process.env.DATABASE_URL = url; // before lib/db is first imported: the app's client for this database
    const { checkHealth } = await import("./check-health");
    const newest = fs.readdirSync(path.join(root, "prisma/postgres/migrations")).filter((n) => /^\d/.test(n));
    const ok = { status: "ok", migration: newest.sort().at(-1) };
    expect(await checkHealth()).toEqual(ok);

    const errors = spyOnHealthLog();
    server("stop");
    const started = Date.now();
    expect(await checkHealth()).toEqual({ status: "unavailable" });
    expect(Date.now() - started).toBeLessThan(2500);
    expect(await checkHealth()).toEqual({ status: "unavailable" });
    expect(errors.lines()).toHaveLength(1); // logged once, not on every poll
    expect(errors.lines()).toContainEqual(expect.stringMatching(/^Sundhedstjek: utilgængelig \(databasen svarer ikke/));

    server("resume");
    expect(await checkHealth()).toEqual(ok);
    errors.mockRestore();
  }, 60_000);
});
