/**
 * `npm run bench` (not part of the tests): Denmark-scale figures for issue 7, measured on this machine.
 * Seeds a synthetic Denmark in a temporary SQLite file, builds and starts the production server, and measures
 * with autocannon on loopback. Prints a table and writes bench-results/bench.json.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import * as hdr from "hdr-histogram-js";
import { createPrismaClient } from "../lib/db/create-client";
import { seedDenmark } from "../lib/bench/seed-denmark";
import { findCurrentAgreement, loadAgreement } from "../lib/shares/load-agreement";
import { allocateAgreement } from "../lib/allocation";
import { recordDecisions } from "../lib/decisions/record-decisions";
import { DEMO_PASSWORD } from "../prisma/seed/seed-database";

const root = path.resolve(__dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
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

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;
const round = (n: number) => Math.round(n * 100) / 100;

async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email}`);
  return session.split(";")[0]!;
}

async function load(name: string, path: string, cookie: string | undefined, connections: number) {
  const latencies = hdr.build({
    useWebAssembly: false,
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000,
    numberOfSignificantValueDigits: 3,
  });
  const result = await autocannon({
    url: `${BASE}${path}`,
    connections,
    duration: DURATION,
    headers: cookie ? { cookie } : {},
    histograms: { latencies },
  } as autocannon.Options);
  const errors = result.errors + result.timeouts + result.non2xx;
  return {
    name,
    path,
    connections,
    p50: latencies.getValueAtPercentile(50),
    p95: latencies.getValueAtPercentile(95),
    rps: round(result.requests.average),
    errors,
  };
}

async function main() {
  console.log(`Benchmark database: ${url}`);
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  const db = createPrismaClient(url);
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  const seeded = await seedDenmark(db);
  console.log(
    `Seeded: ${seeded.regions} regions, ${seeded.municipalities} municipalities, ${seeded.offices} offices (two periods), ${seeded.decisions} decisions`,
  );

  // The engine alone over the whole country: every region, both periods, every office and year.
  const views = await Promise.all((await db.agreement.findMany()).map((a) => loadAgreement({ db, agreementId: a.id })));
  const engineRuns: number[] = [];
  for (let i = 0; i < 60; i++) {
    const start = performance.now();
    for (const view of views) allocateAgreement(view.input);
    engineRuns.push(performance.now() - start);
  }
  const officeYears = views.reduce((n, v) => n + v.allocations.length, 0);

  // Recording one decision incl. recalculation and ledger snapshot, 200 times (Faxe, current agreement).
  const faxe = await db.municipality.findUniqueOrThrow({ where: { code: "0320" } });
  const actor = await db.user.findFirstOrThrow({ where: { municipalityId: faxe.id } });
  const agreement = (await findCurrentAgreement({ db, regionId: faxe.regionId }))!;
  const saves: number[] = [];
  for (let i = 0; i < 200; i++) {
    const participation = await db.participation.findFirstOrThrow({
      where: { municipalityId: faxe.id, office: { agreementId: agreement.id } },
      orderBy: { officeId: "asc" },
    });
    const start = performance.now();
    await recordDecisions({
      db,
      actor,
      municipalityId: faxe.id,
      agreementId: agreement.id,
      expectedVersions: { [participation.officeId]: participation.version },
      input: {
        officeIds: [participation.officeId],
        decision: i % 2 ? "NO" : "YES",
        effectiveFromYear: agreement.firstYear + (i % 4),
        councilBody: "Byrådet",
        meetingDate: "2025-03-01",
        caseReference: `Bench ${i}`,
        isCorrection: false,
        minutesUrl: undefined,
        note: undefined,
        correctionReason: undefined,
        closedYearReason: undefined,
        correctsId: undefined,
      },
    });
    saves.push(performance.now() - start);
  }
  await db.$disconnect();

  if (!process.env.BENCH_SKIP_BUILD) execFileSync("npx", ["next", "build"], { cwd: root, env, stdio: "ignore" });
  const server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    stdio: "ignore",
    detached: true,
  });
  try {
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`${BASE}/om`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const secretariat = await signIn("sekretariat@demo.klyngeportalen.dk");
    const contact = await signIn("faxe@demo.klyngeportalen.dk");
    const targets: [string, string, string | undefined][] = [
      ["baseline (layout, no database)", "/om", undefined],
      ["secretariat overview", "/sekretariat", secretariat],
      ["municipality page", "/kommuner/0320", contact],
      ["appendix XLSX export", "/sekretariat/bilag/xlsx", secretariat],
    ];
    for (const [, path, cookie] of targets) await load("warm-up", path, cookie, 5); // JIT, caches
    const rows: Awaited<ReturnType<typeof load>>[] = [];
    for (const connections of [10, 100])
      for (const [name, path, cookie] of targets) rows.push(await load(name, path, cookie, connections));

    // First-load JavaScript of the overview page: every script it references, gzipped.
    const html = await (await fetch(`${BASE}/sekretariat`, { headers: { cookie: secretariat } })).text();
    // As Next counts it: not the <script noModule> polyfills, which browsers with ES modules never download.
    const scripts = [
      ...new Set(
        [...html.matchAll(/<script([^>]*)>/g)]
          .filter((m) => !/nomodule/i.test(m[1]!))
          .map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1])
          .filter((src): src is string => !!src),
      ),
    ];
    let firstLoadGzip = 0;
    for (const src of scripts)
      firstLoadGzip += zlib.gzipSync(Buffer.from(await (await fetch(`${BASE}${src}`)).arrayBuffer())).byteLength;

    const at10 = (name: string) => rows.find((r) => r.name === name && r.connections === 10)!;
    const baseline = at10("baseline (layout, no database)");
    const results = {
      measuredAt: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      dataset: seeded,
      durationSeconds: DURATION,
      http: rows,
      ratios: {
        overviewP95OverBaselineP95: round(at10("secretariat overview").p95 / baseline.p95),
        municipalityP95OverBaselineP95: round(at10("municipality page").p95 / baseline.p95),
      },
      decisionSaveMs: { p50: round(percentile(saves, 50)), p95: round(percentile(saves, 95)), n: saves.length },
      engineWholeCountryMs: {
        median: round(percentile(engineRuns, 50)),
        p95: round(percentile(engineRuns, 95)),
        officeYears,
      },
      overviewFirstLoadJsGzipKb: round(firstLoadGzip / 1024),
      errorsAt100: rows.filter((r) => r.connections === 100).reduce((n, r) => n + r.errors, 0),
    };
    console.table(
      rows.map((r) => ({
        page: r.name,
        connections: r.connections,
        "p50 ms": r.p50,
        "p95 ms": r.p95,
        "req/s": r.rps,
        errors: r.errors,
      })),
    );
    const targetsMet = {
      "overview p95 ≤ 2× baseline (10 conn.)": results.ratios.overviewP95OverBaselineP95 <= 2,
      "municipality p95 ≤ 2× baseline (10 conn.)": results.ratios.municipalityP95OverBaselineP95 <= 2,
      "0 errors at 100 connections": results.errorsAt100 === 0,
      "decision save p95 ≤ 50 ms (SQLite)": results.decisionSaveMs.p95 <= 50,
      "engine < 5 ms for the whole country": results.engineWholeCountryMs.median < 5,
      "overview first-load JS ≤ 130 kB gzip": results.overviewFirstLoadJsGzipKb <= 130,
    };
    console.log(
      `Ratios at 10 connections: overview/baseline p95 = ${results.ratios.overviewP95OverBaselineP95}, municipality/baseline p95 = ${results.ratios.municipalityP95OverBaselineP95}`,
    );
    console.log(
      `Decision save (incl. recalculation + ledger): p50 ${results.decisionSaveMs.p50} ms, p95 ${results.decisionSaveMs.p95} ms over ${saves.length} saves`,
    );
    console.log(
      `Engine, whole country (${officeYears} office-years): median ${results.engineWholeCountryMs.median} ms`,
    );
    console.log(`Overview first-load JS: ${results.overviewFirstLoadJsGzipKb} kB gzip (${scripts.length} scripts)`);
    console.table(Object.entries(targetsMet).map(([target, met]) => ({ target, met: met ? "yes" : "NO" })));
    fs.mkdirSync(path.join(root, "bench-results"), { recursive: true });
    fs.writeFileSync(
      path.join(root, "bench-results", "bench.json"),
      JSON.stringify({ ...results, targetsMet }, null, 2),
    );
    console.log("Wrote bench-results/bench.json");
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error("Benchmark failed:", error);
    process.exit(1);
  },
);
