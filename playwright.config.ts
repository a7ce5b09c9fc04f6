import { defineConfig, devices } from "@playwright/test";

/**
 * E2E against the production build on a fresh, seeded SQLite database (scripts/e2e-server.sh).
 * Browser: Debian's Chromium (never `npx playwright install` — closed network); PLAYWRIGHT_CHROMIUM
 * overrides the path on machines that have Playwright's own browser.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  // One server, one database: specs that change data run one at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // A journey is many steps, each with its own expect timeout; CI's machine has run at half this one's speed, where
  // the longest journeys took 23–31 s. The test timeout bounds a journey, the expect timeout one step.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: `test-reports/${process.env.E2E_REPORT ?? "e2e-results.json"}` }]],
  use: {
    baseURL: BASE_URL,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.PLAYWRIGHT_CHROMIUM ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "bash scripts/e2e-server.sh",
    url: `${BASE_URL}/login`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(PORT) },
  },
});
