/**
 * More app processes for the specs that need them: the production build started again by scripts/e2e-server.sh,
 * on its own port, with its own log (test-reports/e2e-server-<name>.log), on the e2e database as it is or on a
 * fresh one of its own. Ports follow E2E_PORT (playwright.config.ts): +1 and +2 app processes, +3 the OpenID
 * Connect provider, +4 the TLS proxy.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { E2E_DATABASE_URL } from "./db";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const PORTS = { appA: E2E_PORT + 1, appB: E2E_PORT + 2, oidc: E2E_PORT + 3, tls: E2E_PORT + 4 };

export type AppProcess = { url: string; stop(): Promise<void> };

export async function startApp(options: {
  name: string;
  port: number;
  /** A fresh, seeded database of its own (default: the e2e database as it is). */
  fresh?: { databaseUrl: string; uploadDir: string };
  databaseUrl?: string;
  uploadDir?: string;
  publicUrl?: string;
  env?: Record<string, string>;
}): Promise<AppProcess> {
  // Another server on the port would answer in its place (and quietly test the wrong thing).
  if (await answers(`http://127.0.0.1:${options.port}/login`)) throw new Error(`port ${options.port} is in use`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    E2E_PORT: String(options.port),
    E2E_BASE_PORT: String(E2E_PORT),
    E2E_SERVER_LOG: `test-reports/e2e-server-${options.name}.log`,
    E2E_FRESH_DATABASE: options.fresh ? "1" : "0",
    E2E_DATABASE_URL: options.fresh?.databaseUrl ?? options.databaseUrl ?? E2E_DATABASE_URL,
    ...(options.fresh || options.uploadDir ? { E2E_UPLOAD_DIR: options.fresh?.uploadDir ?? options.uploadDir! } : {}),
    ...(options.publicUrl ? { E2E_PUBLIC_URL: options.publicUrl } : {}),
    ...options.env,
  };
  const child = spawn("bash", ["scripts/e2e-server.sh"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk));
  let stopping = false;
  child.on("exit", (code, signal) => {
    // An app process must not die while its spec runs: say so, with its last words.
    if (!stopping) console.error(`app process ${options.name} exited (${code ?? signal}):\n${output.slice(-3000)}`);
  });
  const url = `http://127.0.0.1:${options.port}`;
  await waitUntilUp(`${url}/login`, child, () => output);
  return {
    url,
    stop: () => {
      stopping = true;
      return stop(child);
    },
  };
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app process exited (${child.exitCode}):\n${output().slice(-2000)}`);
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`app process did not answer at ${url}:\n${output().slice(-2000)}`);
}

const answers = (url: string) =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  );

/** The whole process group (bash → npx → next): SIGTERM, then SIGKILL if it lingers. */
async function stop(child: ChildProcess) {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timeout = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* gone */
    }
  }, 5_000);
  await exited;
  clearTimeout(timeout);
}
