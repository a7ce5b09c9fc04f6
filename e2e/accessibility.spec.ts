import { expect, expectAccessible, signIn, tabTo, test } from "./fixtures";

// Pages not already covered by axe in the journey specs; each also reached with the keyboard from where users start.
test("the about page is accessible", async ({ page }) => {
  await page.goto("/om");
  await expect(page.getByRole("heading", { name: "Om Klyngeportalen" })).toBeVisible();
  await expectAccessible(page);
});

test("the council statement is accessible and reachable by keyboard from the municipality page", async ({ page }) => {
  await signIn(page, "kalundborg");
  await tabTo(page, page.getByRole("link", { name: "Opgørelse til byrådet" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /Kalundborg Kommunes medfinansiering/ })).toBeVisible();
  await expect(page.getByTestId("statement")).toContainText("I alt for perioden");
  await expectAccessible(page);
});

test("the share log is accessible and reachable by keyboard from the overview", async ({ page }) => {
  await signIn(page, "sekretariat");
  await tabTo(page, page.getByRole("link", { name: "Fordelingslog" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Fordelingslog" })).toBeVisible();
  await expectAccessible(page);
});
