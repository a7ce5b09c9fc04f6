/**
 * `npm run bench` (not part of the tests): the targets of issue 17, each as a ratio measured in the same run.
 * Seeds a synthetic Denmark in a temporary SQLite file (lib/bench/seed-denmark.ts), measures the engine and the
 * decision save against a minimal write transaction (SQLite, and PostgreSQL when scripts/postgres-server.sh can
 * start one), builds and starts the production server, and loads its pages with autocannon on loopback — the
 * largest KKR's overview, municipality page and appendix against an empty signed-in page (/tom) behind the same
 * session check. Prints the tables and writes bench-results/bench.json. BENCH_SECONDS (8), BENCH_PORT (3400),
 * BENCH_SKIP_BUILD=1, BENCH_POSTGRES=0 (skip PostgreSQL). Figures: README "Performance",
 * docs/decisions/0019-speed-at-the-floor.md.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Database } from "../lib/db/create-client";
import { benchContactEmail, benchSecretariatEmail, LARGEST_REGION_CODE, seedDenmark } from "../lib/bench/seed-denmark";
import { loadAgreement } from "../lib/shares/load-agreement";
import { allocateAgreement } from "../lib/allocation";
import {
  firstLoadJsKb,
  load,
  percentile,
  processGroupRssMb,
  round,
  serverAllocator,
  signIn,
  type LoadRow,
} from "../lib/bench/measure";
import { measureWrites } from "../lib/bench/measure-writes";

const root = path.resolve(__dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
// The only PostgreSQL port and directory this script uses.
const PG_ENV = { ...process.env, PGTEST_PORT: "54371", PGTEST_DIR: "/tmp/pg-perf", PGTEST_DB: "kp_bench" };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kp-bench-"));
const url = `file:${path.join(dir, "bench.db")}`;
const env = {
  ...process.env,
  DATABASE_URL: url,
  UPLOAD_DIR: path.join(dir, "uploads"),
  NEXTAUTH_URL: BASE,
  NEXTAUTH_SECRET: "bench-only-secret-0123456789abcdef",
  NEXT_TELEMETRY_DISABLED: "1",
};

async function seed(db: Database, databaseUrl: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: root,
    env: { ...env, DATABASE_URL: databaseUrl },
    stdio: "ignore",
  });
  const seeded = await seedDenmark(db);
  // A municipality of the largest KKR that leads no office (the leads are its first codes).
  const municipality = await db.municipality.findFirstOrThrow({
    where: { region: { code: LARGEST_REGION_CODE } },
    orderBy: { code: "desc" },
  });
  return { seeded, municipalityCode: municipality.code };
}

/** Decision saves on PostgreSQL, on a throwaway cluster on its own port; null when none can be started. */
async function measurePostgres() {
  if (process.env.BENCH_POSTGRES === "0") return { skipped: "BENCH_POSTGRES=0" };
  const server = path.join(root, "scripts/postgres-server.sh");
  let pgUrl: string;
  try {
    pgUrl = execFileSync("bash", [server, "start"], { env: PG_ENV, encoding: "utf8" }).trim();
  } catch (error) {
    return { skipped: `no PostgreSQL: ${(error as Error).message.split("\n")[0]}` };
  }
  try {
    const db = createPrismaClient(pgUrl);
    const { municipalityCode } = await seed(db, pgUrl);
    const writes = await measureWrites({ db, municipalityCode });
    await db.$disconnect();
    return writes;
  } finally {
    execFileSync("bash", [server, "stop"], { env: PG_ENV, stdio: "ignore" });
  }
}

async function main() {
  console.log(`Benchmark database: ${url}`);
  const db = createPrismaClient(url);
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  const { seeded, municipalityCode } = await seed(db, url);
  console.log(
    `Seeded: ${seeded.regions} regions, ${seeded.municipalities} municipalities, ${seeded.offices} offices ` +
      `(two periods; 8 per period in KKR Hovedstaden), ${seeded.decisions} decisions`,
  );

  // The engine alone over the whole country: every region, both periods, every office and year.
  const views = await Promise.all((await db.agreement.findMany()).map((a) => loadAgreement({ db, agreementId: a.id })));
  // Warm first, as the pages are below: the server runs the engine warm; its first ~25 runs here are the JIT's.
  for (let i = 0; i < 50; i++) for (const view of views) allocateAgreement(view.input);
  const engineRuns: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    for (const view of views) allocateAgreement(view.input);
    engineRuns.push(performance.now() - start);
  }
  const engine = {
    median: round(percentile(engineRuns, 50)),
    p95: round(percentile(engineRuns, 95)),
    officeYears: views.reduce((n, v) => n + v.allocations.length, 0),
  };
  const sqliteWrites = await measureWrites({ db, municipalityCode });
  await db.$disconnect();
  const postgresWrites = await measurePostgres();

  if (!process.env.BENCH_SKIP_BUILD) execFileSync("npx", ["next", "build"], { cwd: root, env, stdio: "ignore" });
  // Started as in production (scripts/start.sh execs next: one process, its own process group, whose RSS is measured).
  const server = spawn("bash", ["scripts/start.sh", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    stdio: "ignore",
    detached: true,
  });
  try {
    for (let i = 0; i < 150; i++) {
      const ok = await fetch(`${BASE}/om`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const rssAfterStart = processGroupRssMb(server.pid!);
    const allocator = serverAllocator(server.pid!);
    const secretariat = await signIn(BASE, benchSecretariatEmail(LARGEST_REGION_CODE));
    const contact = await signIn(BASE, benchContactEmail(municipalityCode));
    const targets = {
      anonymous: { name: "anonymous page (/om)", path: "/om" },
      baseline: { name: "signed-in baseline (/tom)", path: "/tom", cookie: secretariat },
      overview: { name: "secretariat overview", path: "/sekretariat", cookie: secretariat },
      municipality: { name: "municipality page", path: `/kommuner/${municipalityCode}`, cookie: contact },
      appendix: { name: "appendix XLSX", path: "/sekretariat/bilag/xlsx", cookie: secretariat },
    };
    for (const target of Object.values(targets)) await load(BASE, target, 5, 3); // JIT, caches
    const rssAfterWarmUp = processGroupRssMb(server.pid!);
    const rows: LoadRow[] = [];
    for (const connections of [10, 100])
      for (const target of Object.values(targets)) rows.push(await load(BASE, target, connections, DURATION));
    const at = (target: { name: string }, connections: number) =>
      rows.find((r) => r.name === target.name && r.connections === connections)!;

    const baselineJs = await firstLoadJsKb(BASE, targets.baseline.path, secretariat);
    const overviewJs = await firstLoadJsKb(BASE, targets.overview.path, secretariat);
    const municipalityPage = await firstLoadJsKb(BASE, targets.municipality.path, contact);
    const rssRightAfterLoad = processGroupRssMb(server.pid!);
    const settling = await settledRssMb(server.pid!, rssRightAfterLoad);
    const rssAfterBench = settling.mb;
    const settledHow = settling.settled
      ? `settled after ${settling.waitedS} s idle`
      : `NOT settled within ${settling.waitedS} s`;
    const settlingReadings = settling.readings.map(Math.round).join(" → ");

    const base10 = at(targets.baseline, 10);
    const base100 = at(targets.baseline, 100);
    const ratio = (a: number, b: number) => round(a / b);
    const saveRatio = (w: { decisionSave: { p95: number }; minimalWrite: { p95: number } }) =>
      ratio(w.decisionSave.p95, w.minimalWrite.p95);
    type Target = { target: string; goal: string; measured: string; met: boolean | null };
    const goals: Target[] = [
      {
        target: "overview p95 / baseline p95 @10",
        goal: "≤ 1.5×",
        measured: `${ratio(at(targets.overview, 10).p95, base10.p95)}×`,
        met: at(targets.overview, 10).p95 / base10.p95 <= 1.5,
      },
      {
        target: "overview req/s / baseline req/s @100",
        goal: "≥ 60 %",
        measured: `${Math.round((100 * at(targets.overview, 100).rps) / base100.rps)} %`,
        met: at(targets.overview, 100).rps / base100.rps >= 0.6,
      },
      {
        target: "municipality p95 / baseline p95 @10",
        goal: "≤ 1.3×",
        measured: `${ratio(at(targets.municipality, 10).p95, base10.p95)}×`,
        met: at(targets.municipality, 10).p95 / base10.p95 <= 1.3,
      },
      {
        target: "municipality req/s / baseline req/s @100",
        goal: "≥ 75 %",
        measured: `${Math.round((100 * at(targets.municipality, 100).rps) / base100.rps)} %`,
        met: at(targets.municipality, 100).rps / base100.rps >= 0.75,
      },
      {
        target: "appendix XLSX p95 / baseline p95 @10",
        goal: "≤ 3×",
        measured: `${ratio(at(targets.appendix, 10).p95, base10.p95)}×`,
        met: at(targets.appendix, 10).p95 / base10.p95 <= 3,
      },
      {
        target: "decision save p95 / minimal write p95 (SQLite)",
        goal: "≤ 8×",
        measured: `${saveRatio(sqliteWrites)}× (${sqliteWrites.decisionSave.p95} / ${sqliteWrites.minimalWrite.p95} ms)`,
        met: saveRatio(sqliteWrites) <= 8,
      },
      "decisionSave" in postgresWrites
        ? {
            target: "decision save p95 / minimal write p95 (PostgreSQL)",
            goal: "≤ 8×",
            measured: `${saveRatio(postgresWrites)}× (${postgresWrites.decisionSave.p95} / ${postgresWrites.minimalWrite.p95} ms)`,
            met: saveRatio(postgresWrites) <= 8,
          }
        : {
            target: "decision save p95 / minimal write p95 (PostgreSQL)",
            goal: "≤ 8×",
            measured: `not measured (${postgresWrites.skipped})`,
            met: null,
          },
      {
        target: `engine median, whole country (${engine.officeYears} office-years)`,
        goal: "≤ 1 ms",
        measured: `${engine.median} ms`,
        met: engine.median <= 1,
      },
      {
        target: "overview first-load JS − baseline's",
        goal: "≤ 5 kB gzip",
        measured: `${round(overviewJs.kb - baselineJs.kb)} kB (${overviewJs.kb} vs ${baselineJs.kb})`,
        met: overviewJs.kb - baselineJs.kb <= 5,
      },
      {
        target: "server RSS after bench (settled) / after start-up",
        goal: "≤ 1.5×",
        measured:
          `${ratio(rssAfterBench, rssAfterStart)}× (${rssAfterBench} / ${rssAfterStart} MiB; ` +
          `${ratio(rssAfterBench, rssAfterWarmUp)}× the ${rssAfterWarmUp} read after the warm-up; ${rssRightAfterLoad} right after the load; ${settledHow}; ${allocator})`,
        met: rssAfterBench / rssAfterStart <= 1.5,
      },
      {
        target: "errors at 100 connections",
        goal: "0",
        measured: String(rows.filter((r) => r.connections === 100).reduce((n, r) => n + r.errors, 0)),
        met: rows.filter((r) => r.connections === 100).every((r) => r.errors === 0),
      },
    ];

    console.table(
      rows.map((r) => ({
        page: r.name,
        conn: r.connections,
        "p50 ms": r.p50,
        "p95 ms": r.p95,
        "req/s": r.rps,
        errors: r.errors,
      })),
    );
    console.log(
      `Decision save (claim, recalculation, ledger, notices, audit) / minimal write (insert + update), ms p50/p95: ` +
        `SQLite ${sqliteWrites.decisionSave.p50}/${sqliteWrites.decisionSave.p95} vs ` +
        `${sqliteWrites.minimalWrite.p50}/${sqliteWrites.minimalWrite.p95}` +
        ("decisionSave" in postgresWrites
          ? `; PostgreSQL ${postgresWrites.decisionSave.p50}/${postgresWrites.decisionSave.p95} vs ` +
            `${postgresWrites.minimalWrite.p50}/${postgresWrites.minimalWrite.p95}`
          : ""),
    );
    console.log(
      `HTML: overview ${overviewJs.htmlKb} kB, municipality page ${municipalityPage.htmlKb} kB, baseline ` +
        `${baselineJs.htmlKb} kB; server RSS ${rssAfterStart} MiB after start-up, ${rssAfterWarmUp} MiB after the ` +
        `warm-up, ${rssRightAfterLoad} MiB right after the load, ${rssAfterBench} MiB ${settledHow} (every 5 s: ${settlingReadings})`,
    );
    console.table(goals.map((g) => ({ ...g, met: g.met === null ? "not measured" : g.met ? "met" : "NOT MET" })));
    const results = {
      measuredAt: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      dataset: seeded,
      durationSeconds: DURATION,
      http: rows,
      engineWholeCountryMs: engine,
      writesMs: { sqlite: sqliteWrites, postgresql: postgresWrites },
      firstLoadJsGzipKb: { baseline: baselineJs.kb, overview: overviewJs.kb },
      htmlKb: { baseline: baselineJs.htmlKb, overview: overviewJs.htmlKb, municipality: municipalityPage.htmlKb },
      serverRssMb: {
        allocator,
        afterStart: rssAfterStart,
        afterWarmUp: rssAfterWarmUp,
        rightAfterLoad: rssRightAfterLoad,
        afterBench: rssAfterBench,
        settled: settling.settled,
        idleSeconds: settling.waitedS,
        readingsEvery5s: settling.readings,
      },
      targets: goals,
    };
    fs.mkdirSync(path.join(root, "bench-results"), { recursive: true });
    fs.writeFileSync(path.join(root, "bench-results", "bench.json"), JSON.stringify(results, null, 2));
    console.log("Wrote bench-results/bench.json");
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The server's RSS once it has settled after the load: V8 keeps the heap it grew under load until the process has
 * been idle a while, then gives it back (its memory reducer; 45–75 s in our runs on the 2-core machine), and jemalloc
 * hands freed pages back after its decay time. Read every 5 s until it has dropped and held still for three readings
 * in a row (10 s, not 5: a short pause is not taken for the end), or 150 s have passed: what the server keeps,
 * not what it used at the peak. The readings are printed and kept in bench.json.
 */
async function settledRssMb(pid: number, rightAfterLoad: number) {
  const readings = [rightAfterLoad];
  for (let waited = 5; waited <= 150; waited += 5) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const now = processGroupRssMb(pid);
    readings.push(now);
    const lastThree = readings.slice(-3);
    const still = lastThree.length === 3 && Math.max(...lastThree) - Math.min(...lastThree) <= 2;
    if (now < rightAfterLoad * 0.9 && still) return { mb: now, settled: true, waitedS: waited, readings };
  }
  return { mb: readings.at(-1)!, settled: false, waitedS: 150, readings };
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error("Benchmark failed:", error);
    process.exit(1);
  },
);
