/**
 * The request log line (issue 18): one JSON line per request with the request id, route, status, duration and
 * user id; a proxy's X-Request-Id passed through (and a forged one replaced); no query string; LOG_LEVEL honoured.
 * Against a real Node HTTP server, the same hook `next start` gets.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { installRequestLog } from "./request-log";
import { noteRequest } from "../log/request-context";

let server: http.Server;
let base: string;
let written: string[] = [];

beforeAll(async () => {
  installRequestLog();
  server = http.createServer(async (request, response) => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    // What a page or action does after the hook: the session names the user, defineAction the action.
    if (request.url?.startsWith("/sekretariat")) noteRequest({ userId: "cuser123", action: "saveThing" });
    response.statusCode = request.url?.startsWith("/fejl") ? 500 : 200;
    response.end(String(request.headers["x-request-id"]));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.LOG_LEVEL;
  written = [];
});

function capture() {
  const keep = (chunk: unknown) => {
    const text = String(chunk);
    if (text.startsWith('{"time"')) written.push(text);
    return true;
  };
  vi.spyOn(process.stdout, "write").mockImplementation(keep);
  vi.spyOn(process.stderr, "write").mockImplementation(keep);
}

async function requestLines(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, { headers });
  const body = await response.text();
  await vi.waitFor(() => expect(written.length).toBeGreaterThan(0));
  return { response, body, lines: written.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("one JSON line per request", () => {
  it("names the request id, route, status, duration and the user by id — and nothing of the query string", async () => {
    capture();
    const { response, body, lines } = await requestLines("/sekretariat/brugere?navn=Karen%20Jensen");
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      level: "info",
      event: "request",
      method: "GET",
      route: "/sekretariat/brugere",
      status: 200,
      userId: "cuser123",
      action: "saveThing",
    });
    expect(Object.keys(line!).sort()).toEqual(
      ["action", "durationMs", "event", "level", "method", "requestId", "route", "status", "time", "userId"].sort(),
    );
    expect(line!.durationMs).toBeGreaterThanOrEqual(15);
    expect(new Date(String(line!.time)).toISOString()).toBe(line!.time);
    // The id the app sees, the id in the answer and the id in the log are one.
    expect(line!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("x-request-id")).toBe(line!.requestId);
    expect(body).toBe(line!.requestId);
    expect(JSON.stringify(lines)).not.toContain("Karen");
  });

  it("keeps a proxy's X-Request-Id, and replaces one that is not a plain token", async () => {
    capture();
    const kept = await requestLines("/om", { "X-Request-Id": "lb-4f2a9c1e-0001" });
    expect(kept.lines[0]).toMatchObject({ requestId: "lb-4f2a9c1e-0001", route: "/om" });
    expect(kept.lines[0]).not.toHaveProperty("userId");
    expect(kept.response.headers.get("x-request-id")).toBe("lb-4f2a9c1e-0001");
    written = [];
    const forged = await requestLines("/om", { "X-Request-Id": '"},{"level":"error' });
    expect(forged.lines[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("logs a 5xx at warn level, and LOG_LEVEL=warn keeps only those", async () => {
    process.env.LOG_LEVEL = "warn";
    capture();
    await fetch(base + "/om").then((r) => r.text());
    const { lines } = await requestLines("/fejl");
    expect(lines).toEqual([expect.objectContaining({ level: "warn", status: 500, route: "/fejl" })]);
  });

  it("logs Next's static files and the load balancer's health polls at debug level only", async () => {
    capture();
    await fetch(base + "/_next/static/chunks/app.js").then((r) => r.text());
    await fetch(base + "/api/health").then((r) => r.text());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(written).toEqual([]);
    process.env.LOG_LEVEL = "debug";
    const { lines } = await requestLines("/_next/static/chunks/app.js");
    expect(lines[0]).toMatchObject({ level: "debug", route: "/_next/static/chunks/app.js" });
  });
});
