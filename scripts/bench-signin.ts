/**
 * `npm run bench:signin` (not part of the tests): can a flood of bad sign-ins stall the app? (issue 14, finding 3)
 * Seeds a temporary SQLite database, starts the production build (`next build` must have run; BENCH_BUILD=1 builds),
 * measures `/om` alone, then while 20 parallel loops send sign-ins with random e-mails and passwords as fast as the
 * server answers them — once with the client address unknown (no TRUST_PROXY: only the account limit, and every
 * attempt costs a password check) and once behind a trusted proxy (TRUST_PROXY=1, all from one address). Target:
 * `/om` p95 under load ≤ 2 × its unloaded p95. Prints a table; writes bench-results/bench-signin.json.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import * as hdr from "hdr-histogram-js";
import { createPrismaClient } from "../lib/db/create-client";
import { seedDatabase } from "../prisma/seed/seed-database";

const root = path.resolve(__dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LOOPS = 20;
const CONNECTIONS = 2; // people reading pages while the flood goes on
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kp-bench-signin-"));
const url = `file:${path.join(dir, "bench.db")}`;
const env = {
  ...process.env,
  DATABASE_URL: url,
  UPLOAD_DIR: path.join(dir, "uploads"),
  NEXTAUTH_URL: BASE,
  NEXTAUTH_SECRET: "bench-only-secret-0123456789abcdef",
  NEXT_TELEMETRY_DISABLED: "1",
};
const round = (n: number) => Math.round(n * 10) / 10;
const percentile = (values: number[], p: number) =>
  values.length
    ? [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!
    : 0;

async function measureAbout(seconds: number) {
  const latencies = hdr.build({ useWebAssembly: false, lowestDiscernibleValue: 1, highestTrackableValue: 60_000 });
  const result = await autocannon({
    url: `${BASE}/om`,
    connections: CONNECTIONS,
    duration: seconds,
    histograms: { latencies },
  } as autocannon.Options);
  return {
    p50: latencies.getValueAtPercentile(50),
    p95: latencies.getValueAtPercentile(95),
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** 20 loops, each: one CSRF token, then sign-in after sign-in with a random e-mail, until told to stop. */
function flood(behindProxy: boolean) {
  let running = true;
  const outcomes: Record<string, number> = {};
  const latencies: number[] = [];
  const loops = Array.from({ length: LOOPS }, async (_, loop) => {
    const csrf = await fetch(`${BASE}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    for (let i = 0; running; i++) {
      const started = performance.now();
      const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          cookie,
          ...(behindProxy ? { "X-Forwarded-For": "203.0.113.7" } : {}),
        },
        body: new URLSearchParams({
          csrfToken,
          email: `angriber-${loop}-${i}-${Math.random().toString(36).slice(2)}@example.dk`,
          password: Math.random().toString(36),
          json: "true",
        }),
      }).catch(() => null);
      latencies.push(performance.now() - started);
      const body = response ? ((await response.json().catch(() => ({}))) as { url?: string }) : {};
      const code = response
        ? (new URL(body.url ?? BASE).searchParams.get("error") ?? `HTTP ${response.status}`)
        : "network";
      const key = code.replace(/:\d+$/, "");
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return { outcomes, attempts: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
    },
  };
}

async function startServer(extraEnv: Record<string, string>) {
  const server = spawn("bash", ["scripts/start.sh", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 150; i++) {
    if (
      await fetch(`${BASE}/om`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return () =>
    new Promise<void>((resolve) => {
      server.once("exit", () => resolve());
      process.kill(-server.pid!, "SIGTERM");
    });
}

async function scenario(name: string, behindProxy: boolean) {
  const db = createPrismaClient(url);
  await db.signInFailure.deleteMany();
  const stop = await startServer(behindProxy ? { TRUST_PROXY: "1" } : {});
  try {
    await measureAbout(3); // warm-up: JIT, caches
    const unloaded = await measureAbout(SECONDS);
    const auditBefore = await db.auditEvent.count({ where: { action: { startsWith: "auth.sign_in" } } });
    const attack = flood(behindProxy);
    await new Promise((r) => setTimeout(r, 1500)); // the flood under way
    const loaded = await measureAbout(SECONDS);
    const signIns = await attack.stop();
    const auditRows = (await db.auditEvent.count({ where: { action: { startsWith: "auth.sign_in" } } })) - auditBefore;
    return { name, unloaded, loaded, ratio: round(loaded.p95 / unloaded.p95), signIns, auditRows };
  } finally {
    await stop();
    await db.$disconnect();
  }
}

async function main() {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  const db = createPrismaClient(url);
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await seedDatabase(db);
  await db.$disconnect();
  if (process.env.BENCH_BUILD) execFileSync("npx", ["next", "build"], { cwd: root, env, stdio: "ignore" });

  const results = [
    await scenario("address unknown (no TRUST_PROXY)", false),
    await scenario("behind a trusted proxy, one address", true),
  ];
  console.log(
    `\nSign-in flood: ${LOOPS} loops of bad sign-ins, /om with ${CONNECTIONS} connections, ${SECONDS} s each`,
  );
  console.log(
    "| Scenario | /om p95 alone | /om p95 under flood | ratio | sign-ins/s | sign-in p95 | outcomes | audit rows |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
  for (const r of results) {
    const outcomes = Object.entries(r.signIns.outcomes)
      .map(([code, n]) => `${code} ${n}`)
      .join(", ");
    console.log(
      `| ${r.name} | ${r.unloaded.p95} ms | ${r.loaded.p95} ms | ${r.ratio}× | ${round(r.signIns.attempts / (SECONDS + 1.5))} | ` +
        `${round(r.signIns.p95)} ms | ${outcomes} | ${r.auditRows} |`,
    );
  }
  fs.mkdirSync(path.join(root, "bench-results"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "bench-results/bench-signin.json"),
    JSON.stringify(
      { measuredAt: new Date().toISOString(), machine: `${os.cpus().length} cores, Node ${process.version}`, results },
      null,
      2,
    ),
  );
  const met = results.every((r) => r.ratio <= 2 && r.loaded.errors === 0);
  console.log(met ? "Target met: /om p95 under the flood ≤ 2 × unloaded." : "Target NOT met.");
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
