/**
 * Organisation sign-in with OpenID Connect (issue 14): through a real provider on loopback (e2e/oidc-provider.ts),
 * in Chromium. A known, active user gets in with their own role; an unknown or a deactivated one is refused in
 * Danish on the sign-in page — nobody is created and nobody is given a role by signing in.
 */
import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, tabTo, test } from "./fixtures";
import { PORTS } from "./app-process";
import { startOidcProvider } from "./oidc-provider";
import { callAction } from "./server-actions";
import { countRows, idOf } from "./db";

let idp: Awaited<ReturnType<typeof startOidcProvider>> | undefined;
test.beforeAll(async () => {
  idp = await startOidcProvider({ port: PORTS.oidc });
});
test.afterAll(async () => {
  await idp?.stop();
});

const BUTTON = "Log ind med KKR Test-IdP";

/** Presses the organisation button and signs in at the provider as `login` (its development login pages). */
async function signInWithOrganisation(page: Page, login: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: BUTTON }).click();
  await page.waitForURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("hvad-som-helst");
  await page.locator('button[type="submit"]').click();
  // The provider asks once for consent to share the claims with Klyngeportalen.
  const consent = page.locator('button[type="submit"]', { hasText: /continue/i });
  await Promise.race([
    consent.waitFor({ timeout: 10_000 }).then(() => consent.click()),
    page.waitForURL((url) => url.port !== String(PORTS.oidc), { timeout: 10_000 }),
  ]).catch(() => undefined);
  await page.waitForURL((url) => url.port !== String(PORTS.oidc));
}

test("a known, active user signs in through the organisation with their own role", async ({ page }) => {
  const users = countRows('SELECT COUNT(*) AS n FROM "User"');
  await signInWithOrganisation(page, "faxe@demo.klyngeportalen.dk");
  await expect(page).toHaveURL(/\/kommuner\/0320$/);
  await expect(page.getByRole("banner")).toContainText("Kontaktperson, Faxe Kommune · Kommunal kontaktperson");
  await expect(page.getByRole("heading", { name: "Faxe Kommune" })).toBeVisible();
  // Only Faxe: another municipality is still a 404.
  expect((await page.goto("/kommuner/0253"))?.status()).toBe(404);
  expect(countRows('SELECT COUNT(*) AS n FROM "User"')).toBe(users);
  expect(
    countRows(`SELECT COUNT(*) AS n FROM "AuditEvent" WHERE action = 'auth.sign_in' AND after LIKE '%"oidc"%'`),
  ).toBeGreaterThanOrEqual(1);
});

test("an unknown person is refused in Danish, and no user is created", async ({ page }) => {
  const users = countRows('SELECT COUNT(*) AS n FROM "User"');
  await signInWithOrganisation(page, "ukendt@kommune.dk");
  await expect(page).toHaveURL(/\/login\?error=OidcUnknown$/);
  await expect(page.getByTestId("form-error")).toHaveText(
    "Dit login fra organisationen passer ikke til nogen bruger i Klyngeportalen. Kontakt KKR-sekretariatet.",
  );
  expect(countRows('SELECT COUNT(*) AS n FROM "User"')).toBe(users);
  await page.goto("/kommuner/0320");
  await expect(page).toHaveURL(/\/login$/);
});

test("a deactivated user is refused in Danish", async ({ page, browser }) => {
  // The secretariat deactivates Guldborgsund's contact.
  const secretariat = await browser.newContext();
  await signIn(await secretariat.newPage(), "sekretariat");
  const userId = idOf("User", "email = ?", "guldborgsund@demo.klyngeportalen.dk");
  const done = await callAction(secretariat.request, {
    page: "/sekretariat/brugere",
    name: "setUserActiveAction",
    args: [userId],
    fields: { active: "false" },
  });
  expect(done.outcome).toBe("done");

  await signInWithOrganisation(page, "guldborgsund@demo.klyngeportalen.dk");
  await expect(page).toHaveURL(/\/login\?error=OidcInactive$/);
  await expect(page.getByTestId("form-error")).toHaveText(
    "Din bruger i Klyngeportalen er deaktiveret. Kontakt KKR-sekretariatet.",
  );
  await page.goto("/kommuner/0376");
  await expect(page).toHaveURL(/\/login$/);
  await secretariat.close();
});

test("the organisation button is reachable with the keyboard, and the sign-in page stays accessible", async ({
  page,
}) => {
  await page.goto("/login");
  await tabTo(page, page.getByRole("button", { name: BUTTON }));
  await expectAccessible(page);
});
