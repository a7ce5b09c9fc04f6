import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Klynge-2026";
export const demoEmail = (slug: string) => `${slug}@demo.klyngeportalen.dk`;

/** Signs in through the real form; with the right password, waits until the start page has loaded. */
export async function signIn(page: Page, slug: string, password = DEMO_PASSWORD) {
  await signInWith(page, demoEmail(slug), password);
  // The role-aware start page redirects from "/": wait until the user has landed.
  if (password === DEMO_PASSWORD)
    await page.waitForURL((url) => !url.pathname.startsWith("/login") && url.pathname !== "/");
}

/** The sign-in form filled and sent, for any e-mail (a user created in a test). */
export async function signInWith(page: Page, email: string, password: string) {
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
}

/** No serious or critical axe violations (WCAG 2.1 AA rules). */
export async function expectAccessible(page: Page) {
  // Every page has a title. Right after a server action's refresh Next may be swapping the <title> element: wait
  // for it rather than catch the page mid-swap (axe checks it again below).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  // A sentence that ends on an amount reads "… 500.000 kr.", never "… 500.000 kr..".
  expect(await page.locator("body").innerText()).not.toMatch(/kr\.\./);
}

export const test = base;
export { expect };

/** Presses Tab until the element has focus (bounded): proves it is reachable by keyboard. */
export async function tabTo(page: Page, target: ReturnType<Page["locator"]>, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}
