import { expect, expectAccessible, signIn, tabTo, test } from "./fixtures";

// Pages not already covered by axe in the journey specs; each also reached with the keyboard from where users start.
test("the about page is accessible", async ({ page }) => {
  await page.goto("/om");
  await expect(page.getByRole("heading", { name: "Om Klyngeportalen" })).toBeVisible();
  await expectAccessible(page);
});

test("pages load without a failed request: the tab shows the portal's icon, not a missing favicon", async ({
  page,
}) => {
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto("/om");
  const icon = page.locator('link[rel="icon"]');
  await expect(icon).toHaveAttribute("type", "image/svg+xml");
  const response = await page.request.get((await icon.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("<svg");
  await page.goto("/login");
  await page.waitForLoadState("networkidle");
  expect(failed).toEqual([]);
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
