/**
 * Configuration traps (issue 14, finding 9): the production build refuses to start with the example secret from
 * .env.example, or a short one, with a message that says what to do. (HSTS decided at run time: e2e/https.spec.ts.)
 */
import { spawn } from "node:child_process";
import { expect, test } from "./fixtures";
import { PORTS } from "./app-process";
import { E2E_DATABASE_URL } from "./db";

function start(secret: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["scripts/start.sh", "-p", String(PORTS.appA)], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: `http://localhost:${PORTS.appA}`,
        DATABASE_URL: E2E_DATABASE_URL,
      },
      stdio: ["ignore", "ignore", "pipe"],
      detached: true, // its own process group: a server that does start is stopped whole
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

test("the production build refuses to start with the example secret or a short one, saying what to do", async () => {
  test.setTimeout(150_000);
  for (const [secret, problem] of [
    ["change-me-to-a-long-random-string", "NEXTAUTH_SECRET er eksempelværdien fra .env.example."],
    ["kort-hemmelighed", "NEXTAUTH_SECRET er for kort (16 tegn; mindst 32)."],
  ]) {
    const { code, stderr } = await start(secret!);
    expect(code).toBe(1);
    expect(stderr).toContain(`Klyngeportalen starter ikke:\n  - ${problem}\n`);
    expect(stderr).toContain("openssl rand -base64 32");
    expect(stderr).not.toContain(secret!);
  }
});
