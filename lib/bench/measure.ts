/**
 * Measuring helpers of `npm run bench` (scripts/bench.ts): load with autocannon, first-load JavaScript as a
 * browser downloads it, the RSS of a process group, and the p95 of repeated timings.
 */
import fs from "node:fs";
import zlib from "node:zlib";
import autocannon from "autocannon";
import * as hdr from "hdr-histogram-js";
import { DEMO_PASSWORD } from "../../prisma/seed/seed-database";

export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;
export const round = (n: number) => Math.round(n * 100) / 100;

/** Times `run` n times (after `warmUp` untimed runs), in ms; `prepare` runs untimed before each. */
export async function timeRuns<T>(
  n: number,
  run: (i: number, prepared: T) => Promise<unknown>,
  { warmUp = 5, prepare }: { warmUp?: number; prepare?: () => Promise<T> } = {},
) {
  const times: number[] = [];
  for (let i = -warmUp; i < n; i++) {
    const prepared = (await prepare?.()) as T;
    const start = performance.now();
    await run(i, prepared);
    if (i >= 0) times.push(performance.now() - start);
  }
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), n };
}

export async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email}`);
  return session.split(";")[0]!;
}

export type LoadRow = {
  name: string;
  path: string;
  connections: number;
  p50: number;
  p95: number;
  rps: number;
  errors: number;
};

export async function load(
  base: string,
  target: { name: string; path: string; cookie?: string },
  connections: number,
  duration: number,
): Promise<LoadRow> {
  const latencies = hdr.build({
    useWebAssembly: false,
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000,
    numberOfSignificantValueDigits: 3,
  });
  const result = await autocannon({
    url: `${base}${target.path}`,
    connections,
    duration,
    headers: target.cookie ? { cookie: target.cookie } : {},
    histograms: { latencies },
  } as autocannon.Options);
  return {
    name: target.name,
    path: target.path,
    connections,
    p50: latencies.getValueAtPercentile(50),
    p95: latencies.getValueAtPercentile(95),
    rps: round(result.requests.average),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * First-load JavaScript of a page in kB gzip: every script it references, as Next counts it — not the
 * <script noModule> polyfills, which browsers with ES modules never download.
 */
export async function firstLoadJsKb(base: string, path: string, cookie: string) {
  const response = await fetch(`${base}${path}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const html = await response.text();
  const scripts = [
    ...new Set(
      [...html.matchAll(/<script([^>]*)>/g)]
        .filter((m) => !/nomodule/i.test(m[1]!))
        .map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1])
        .filter((src): src is string => !!src),
    ),
  ];
  let bytes = 0;
  for (const src of scripts)
    bytes += zlib.gzipSync(Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer())).byteLength;
  return { kb: round(bytes / 1024), scripts: scripts.length, htmlKb: round(html.length / 1024) };
}

/** Which allocator the server process runs with, read from its memory map (scripts/start.sh preloads jemalloc). */
export function serverAllocator(pid: number): "jemalloc" | "glibc malloc" {
  return /libjemalloc/.test(fs.readFileSync(`/proc/${pid}/maps`, "utf8")) ? "jemalloc" : "glibc malloc";
}

/** Resident memory of every process in a process group (the server and any worker it starts), in MiB. */
export function processGroupRssMb(pgid: number): number {
  let kb = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may contain spaces): state ppid pgrp …
      const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgrp !== pgid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${entry}/status`, "utf8"));
      kb += rss ? Number(rss[1]) : 0;
    } catch {
      // The process ended while we looked.
    }
  }
  return round(kb / 1024);
}
