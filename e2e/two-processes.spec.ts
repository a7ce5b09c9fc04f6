/**
 * Two app processes on one database (issue 14): nothing that must hold across users lives only in one process's
 * memory. Two `next start` processes (e2e/app-process.ts) share a fresh database of their own — PostgreSQL in the
 * PostgreSQL run of the suite (CI), the SQLite file otherwise — and:
 * - a decision saved through one is shown by the other at once (its agreement cache checks dataVersion per read) —
 *   on the municipality's page and in the secretariat's overview, whose view model and matrix HTML are kept with
 *   the computed agreement (issue 17);
 * - the sign-in limit holds across both (the limiter counts failures in the database);
 * - sign-out everywhere and deactivation through one end the session on the other (session version per request).
 * Cookies are per host, not per port: one browser context is signed in on both processes, as behind a load balancer.
 */
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test, demoEmail, DEMO_PASSWORD } from "./fixtures";
import { fillDecisionForm, previewDecision, saveDecision } from "./decision-form";
import { PORTS, startApp, type AppProcess } from "./app-process";
import { E2E_DATABASE_URL, onPostgres } from "./db";

const A = `http://localhost:${PORTS.appA}`;
const B = `http://localhost:${PORTS.appB}`;
const databaseUrl = onPostgres ? `${E2E_DATABASE_URL}_two` : "file:./data/e2e-two.db";
const uploadDir = "./data/e2e-two-uploads";
let a: AppProcess | undefined;
let b: AppProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  a = await startApp({ name: "a", port: PORTS.appA, fresh: { databaseUrl, uploadDir } });
  b = await startApp({ name: "b", port: PORTS.appB, databaseUrl, uploadDir });
});
test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

async function signInAt(page: Page, base: string, slug: string, password = DEMO_PASSWORD) {
  await page.goto(`${base}/login`);
  await page.getByLabel("E-mail").fill(demoEmail(slug));
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
}
/** Faxe's cell for We Build Denmark in the overview's decision matrix of 2021. */
async function faxeInOverview(page: Page, base: string) {
  await page.goto(`${base}/sekretariat?aar=2021`);
  const matrix = page.getByTestId("matrix-status");
  const offices = await matrix.locator("thead th").allTextContents();
  const column = offices.findIndex((name) => name.includes("We Build Denmark"));
  expect(column).toBeGreaterThan(1);
  return matrix.getByRole("row").filter({ hasText: "Faxe" }).locator("th, td").nth(column);
}

async function signedIn(context: BrowserContext, base: string, slug: string) {
  const page = await context.newPage();
  await signInAt(page, base, slug);
  await page.waitForURL((url) => !url.pathname.startsWith("/login") && url.pathname !== "/");
  return page;
}

test.describe.serial("two app processes on one database", () => {
  test("a decision saved through one process is shown by the other at once", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await signedIn(context, A, "sekretariat");
    // The other process computes Faxe's page first (and caches the agreement).
    await page.goto(`${B}/kommuner/0320`);
    await expect(page.getByTestId("amount-we-build-denmark-2021")).toContainText("(foreløbig)");
    await expect(page.getByTestId("amount-we-build-denmark-2021")).not.toContainText("Ja");
    // …and the overview, twice: the second view comes from what the first one kept.
    for (let view = 0; view < 2; view++)
      await expect(await faxeInOverview(page, B)).not.toContainText("Besluttet 25. marts 2021");

    // Saved through the other process, as the secretariat would in the browser.
    await page.goto(`${A}/kommuner/0320/beslutninger/ny`);
    await fillDecisionForm(page, {
      decision: "Ja",
      from: "2021",
      body: "Byrådet",
      date: "2021-03-25",
      reference: "Punkt 12",
    });
    await previewDecision(page, 30_000);
    await saveDecision(page, 30_000);

    await page.goto(`${B}/kommuner/0320`);
    await expect(page.getByTestId("amount-we-build-denmark-2021")).toContainText("Ja");
    // What a screen reader says for the cell: the word, then the date after a comma (the stylesheet's, not the markup's).
    await expect(await faxeInOverview(page, B)).toHaveAccessibleName(/^Ja ?, Besluttet 25\. marts 2021$/);
    await context.close();
  });

  test("the sign-in limit holds across both processes", async ({ browser }) => {
    const page = await browser.newPage();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signInAt(page, A, "stevns", `forkert-${attempt}`);
      await expect(page.getByTestId("form-error")).toHaveText("Forkert e-mail eller adgangskode.");
    }
    // The sixth attempt goes to the other process — with the right password — and must wait.
    await signInAt(page, B, "stevns");
    await expect(page.getByTestId("form-error")).toHaveText(/^For mange forsøg\. Prøv igen om \d+ sekunder/);
    await expect(page).toHaveURL(/\/login$/);
    await page.close();
  });

  test("signing out through one process ends the session on the other", async ({ browser }) => {
    const laptop = await browser.newContext();
    const phone = await browser.newContext();
    const onA = await signedIn(laptop, A, "greve");
    const onB = await signedIn(phone, B, "greve");
    await onA.getByRole("button", { name: "Log ud" }).click();
    await expect(onA).toHaveURL(/\/login$/);
    await onB.goto(`${B}/kommuner/0253`);
    await expect(onB).toHaveURL(/\/login$/);
    await laptop.close();
    await phone.close();
  });

  test("deactivation through one process ends the session on the other", async ({ browser }) => {
    const secretariat = await browser.newContext();
    const user = await browser.newContext();
    const admin = await signedIn(secretariat, A, "sekretariat");
    const onB = await signedIn(user, B, "naestved");
    await expect(onB).toHaveURL(/\/kommuner\/0370$/);

    await admin.goto(`${A}/sekretariat/brugere`);
    const row = admin.getByTestId("user-row").filter({ hasText: demoEmail("naestved") });
    await row.getByRole("button", { name: "Deaktivér …" }).click();
    await row.getByRole("button", { name: /^Ja, deaktivér/ }).click();
    await expect(row).toContainText("Deaktiveret");

    await onB.goto(`${B}/kommuner/0370`);
    await expect(onB).toHaveURL(/\/login$/);
    await secretariat.close();
    await user.close();
  });
});
