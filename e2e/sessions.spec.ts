/**
 * Sessions that can be revoked and do not extend themselves (issue 14, finding 2), the password change that ends
 * the other sessions, and the trace refused calls leave (finding 10) — against the production build.
 */
import type { Browser } from "@playwright/test";
import { decode } from "next-auth/jwt";
import { expect, expectAccessible, signIn, tabTo, test, demoEmail, DEMO_PASSWORD } from "./fixtures";
import { callAction } from "./server-actions";
import { countRows, idOf } from "./db";
import { fillDecisionForm } from "./decision-form";

const SECRET = "e2e-only-secret-not-for-production-0123456789"; // scripts/e2e-server.sh
const COOKIE = "next-auth.session-token";

async function signedIn(browser: Browser, slug: string, password?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, slug, password);
  return { context, page };
}
const sessionCookie = async (context: { cookies(): Promise<{ name: string; value: string }[]> }) =>
  (await context.cookies()).find((c) => c.name === COOKIE);

test("fetching the session does not make it last longer than 8 hours from the sign-in", async ({ page }) => {
  await signIn(page, "koege");
  const first = await decode({ token: (await sessionCookie(page.context()))!.value, secret: SECRET });
  expect(Number(first!.exp) - Number(first!.signedInAt)).toBeLessThanOrEqual(8 * 60 * 60);
  await page.waitForTimeout(3_000);
  const response = await page.request.get("/api/auth/session");
  expect((await response.json()).user.email).toBe(demoEmail("koege"));
  const renewed = await decode({ token: (await sessionCookie(page.context()))!.value, secret: SECRET });
  // Written anew, but with the same end: 8 hours after the sign-in, not after this request.
  expect(Math.abs(Number(renewed!.exp) - Number(first!.exp))).toBeLessThanOrEqual(1);
});

test("signing out ends the user's sessions everywhere, and an old cookie gets no session back", async ({ browser }) => {
  const laptop = await signedIn(browser, "kalundborg");
  const phone = await signedIn(browser, "kalundborg");
  await laptop.page.getByRole("button", { name: "Log ud" }).click();
  await expect(laptop.page).toHaveURL(/\/login$/);

  await phone.page.goto("/kommuner/0326");
  await expect(phone.page).toHaveURL(/\/login$/);
  const session = await phone.context.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  // …and the dead cookie is deleted rather than renewed.
  expect(await sessionCookie(phone.context)).toBeUndefined();
  expect(countRows(`SELECT COUNT(*) AS n FROM "AuditEvent" WHERE action = 'auth.sign_out'`)).toBeGreaterThan(0);
  await laptop.context.close();
  await phone.context.close();
});

test("deactivation ends the user's session at once, also for GET /api/auth/session", async ({ browser }) => {
  const user = await signedIn(browser, "slagelse");
  expect((await (await user.context.request.get("/api/auth/session")).json()).user.email).toBe(demoEmail("slagelse"));
  const secretariat = await signedIn(browser, "sekretariat");
  const userId = idOf("User", "email = ?", demoEmail("slagelse"));
  const setActive = (active: boolean) =>
    callAction(secretariat.context.request, {
      page: "/sekretariat/brugere",
      name: "setUserActiveAction",
      args: [userId],
      fields: { active: String(active) },
    });
  expect((await setActive(false)).outcome).toBe("done");

  expect(await (await user.context.request.get("/api/auth/session")).json()).toEqual({});
  await user.page.goto("/kommuner/0330");
  await expect(user.page).toHaveURL(/\/login$/);
  expect((await setActive(true)).outcome).toBe("done");
  await user.context.close();
  await secretariat.context.close();
});

test("changing the password on Min konto ends the other sessions and keeps this one", async ({ browser }) => {
  const here = await signedIn(browser, "ringsted");
  const elsewhere = await signedIn(browser, "ringsted");
  await here.page.goto("/konto");
  await expect(here.page.getByRole("heading", { name: "Min konto" })).toBeVisible();
  await expectAccessible(here.page);
  const current = here.page.getByLabel("Nuværende adgangskode");
  await tabTo(here.page, current);
  await here.page.keyboard.type("Klynge-2026");
  await here.page.keyboard.press("Tab");
  await here.page.keyboard.type("Ringsted-ny-2026");
  await here.page.keyboard.press("Tab");
  await here.page.keyboard.type("Ringsted-ny-2026");
  await here.page.keyboard.press("Enter");
  await expect(here.page.getByTestId("notice")).toHaveText(
    "Adgangskoden er skiftet. Du er logget ud på alle dine andre enheder.",
  );
  await expect(current).toHaveValue("");

  await here.page.goto("/kommuner/0329");
  await expect(here.page.getByRole("heading", { name: "Ringsted Kommune" })).toBeVisible();
  await elsewhere.page.goto("/kommuner/0329");
  await expect(elsewhere.page).toHaveURL(/\/login$/);
  // Told why, not just shown the sign-in page.
  await expect(elsewhere.page.getByTestId("session-ended")).toContainText(
    "Du er blevet logget ud, fordi din session er afsluttet",
  );
  await expect(elsewhere.page.getByRole("button", { name: "Log ud" })).toHaveCount(0);

  const again = await signedIn(browser, "ringsted", "Ringsted-ny-2026");
  await again.page.waitForURL(/\/kommuner\/0329$/);
  // The old password no longer works.
  const old = await browser.newPage();
  await old.goto("/login");
  await old.getByLabel("E-mail").fill(demoEmail("ringsted"));
  await old.getByLabel("Adgangskode").fill("Klynge-2026");
  await old.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(old.getByTestId("form-error")).toHaveText("Forkert e-mail eller adgangskode.");
  await old.close();
  for (const s of [here, elsewhere, again]) await s.context.close();
});

test("a form sent after the session was ended on another device lands on sign-in, which says why", async ({
  browser,
}) => {
  const a = await signedIn(browser, "koege");
  const b = await signedIn(browser, "koege");
  await b.page.getByRole("link", { name: "Registrér beslutning" }).first().click();
  await fillDecisionForm(b.page, { decision: "Nej", date: "2021-03-01", reference: "Punkt 3" });
  await a.page.getByRole("button", { name: "Log ud" }).click();
  await expect(a.page).toHaveURL(/\/login$/);
  await expect(a.page.getByTestId("session-ended")).toHaveCount(0); // signed out here, on purpose: nothing to explain
  await b.page.getByRole("button", { name: "Se konsekvenser" }).click();
  await expect(b.page).toHaveURL(/\/login$/);
  await expect(b.page.getByTestId("session-ended")).toContainText("Det, du var ved at indtaste, er ikke gemt.");
  // The header is the sign-in page's own: no name and no «Log ud» left from the page before.
  await expect(b.page.getByRole("button", { name: "Log ud" })).toHaveCount(0);
  await expectAccessible(b.page);
  for (const s of [a, b]) await s.context.close();
});

test("a wrong current password is refused in Danish, and nothing changes", async ({ page }) => {
  await signIn(page, "soroe");
  await page.goto("/konto");
  await page.getByLabel("Nuværende adgangskode").fill("forkert-kode");
  await page.getByLabel("Ny adgangskode (mindst 12 tegn)").fill("en-helt-ny-kode-1");
  await page.getByLabel("Gentag den nye adgangskode").fill("en-helt-ny-kode-1");
  await page.getByRole("button", { name: "Skift adgangskode" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Den nuværende adgangskode er forkert.");
  await expect(page.getByLabel("Nuværende adgangskode")).toHaveAttribute("aria-invalid", "true");
});

test("a new password of only spaces, or pasted with a space at an end, is refused at the field", async ({ page }) => {
  await signIn(page, "soroe");
  await page.goto("/konto");
  const fresh = page.getByLabel("Ny adgangskode (mindst 12 tegn)");
  for (const [password, message] of [
    [" ".repeat(12), "Den nye adgangskode er for let at gætte. Brug flere forskellige tegn, fx en sætning."],
    [
      " Ny adgangskode 2026 ",
      "Den nye adgangskode begynder eller slutter med et mellemrum. Fjern det (det kommer ofte med, når man indsætter).",
    ],
  ]) {
    await page.getByLabel("Nuværende adgangskode").fill(DEMO_PASSWORD);
    await fresh.fill(password!);
    await page.getByLabel("Gentag den nye adgangskode").fill(password!);
    await page.getByRole("button", { name: "Skift adgangskode" }).click();
    await expect(fresh).toHaveAccessibleDescription(message!);
    await expect(fresh).toBeFocused();
  }
  // Nothing changed: the old password still signs in.
  await signIn(page, "soroe");
  await expect(page).toHaveURL(/\/kommuner\/0340$/);
});

test("before the page's script has run, a form cannot be sent: the button waits, and no password lands in the URL", async ({
  page,
}) => {
  await signIn(page, "soroe");
  // The page's scripts held back: React never hydrates the form (as on a slow line, before they arrive).
  await page.route("**/_next/static/chunks/**/*.js", (route) => route.abort());
  await page.goto("/konto");
  await page.getByLabel("Nuværende adgangskode").fill("Klynge-2026");
  await page.getByLabel("Ny adgangskode (mindst 12 tegn)").fill("en-helt-ny-kode-1");
  await page.getByLabel("Gentag den nye adgangskode").fill("en-helt-ny-kode-1");
  const button = page.getByRole("button", { name: "Skift adgangskode" });
  await expect(button).toBeDisabled();
  await page.getByLabel("Gentag den nye adgangskode").press("Enter");
  await expect(page.getByRole("form", { name: "Skift adgangskode" })).toHaveAttribute("method", "post");
  expect(new URL(page.url()).search).toBe("");
  await expect(page.getByTestId("notice")).toHaveCount(0);
  await page.unroute("**/_next/static/chunks/**/*.js");
  // With its scripts the form works again.
  await page.reload();
  await page.getByLabel("Nuværende adgangskode").fill("forkert-kode");
  await page.getByLabel("Ny adgangskode (mindst 12 tegn)").fill("en-helt-ny-kode-1");
  await page.getByLabel("Gentag den nye adgangskode").fill("en-helt-ny-kode-1");
  await expect(button).toBeEnabled();
  await button.click();
  await expect(page.getByTestId("form-error")).toHaveText("Den nuværende adgangskode er forkert.");
});

test("refused forged calls leave a trace: who, what, which id", async ({ page }) => {
  await signIn(page, "faxe");
  const faxe = idOf("User", "email = ?", demoEmail("faxe"));
  const greve = idOf("Municipality", "code = ?", "0253");
  const refusals = (entityType: string, entityId: string) =>
    countRows(
      `SELECT COUNT(*) AS n FROM "AuditEvent" WHERE action = 'access.refused' AND "actorId" = ? ` +
        `AND "entityType" = ? AND "entityId" = ?`,
      faxe,
      entityType,
      entityId,
    );
  const before = refusals("Municipality", greve);
  expect((await page.goto("/kommuner/0253/historik"))?.status()).toBe(404);
  expect(refusals("Municipality", greve)).toBe(before + 1);

  const actionBefore = refusals("Action", "saveDecisionDueDate");
  const forged = await callAction(page.context().request, {
    page: "/sekretariat/indstillinger",
    name: "saveDecisionDueDate",
    args: [idOf("Agreement", "1 = 1")],
    fields: { dueDate: "2021-06-30" },
  });
  expect(forged.status).toBe(404);
  expect(refusals("Action", "saveDecisionDueDate")).toBe(actionBefore + 1);
});
