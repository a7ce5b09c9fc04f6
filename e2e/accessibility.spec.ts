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

/** WCAG's contrast ratio of two CSS colours "rgb(r, g, b)". */
function contrast(a: string, b: string) {
  const luminance = (color: string) => {
    const [r, g, b] = color
      .match(/\d+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

test("the keyboard focus stands out on the dark header as on the page (WCAG 1.4.11: 3:1)", async ({ page }) => {
  await signIn(page, "faxe");
  for (const [target, background] of [
    [page.getByRole("link", { name: "Mine notifikationer" }), page.locator("header").first()],
    [page.getByRole("link", { name: "Registrér beslutning" }), page.locator("body")],
  ] as const) {
    await tabTo(page, target);
    const ring = await target.evaluate((el) => getComputedStyle(el).outlineColor);
    const behind = await background.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(contrast(ring, behind), `${ring} on ${behind}`).toBeGreaterThanOrEqual(3);
  }
});

test("on a phone, a table wider than the screen can be scrolled with the keyboard (axe at 390 px)", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "greve");
  // The tab names whose page it is (it said «Kommune»).
  await expect(page).toHaveTitle("Greve Kommune · Klyngeportalen");
  for (const path of ["/kommuner/0253/opgoerelse", "/kommuner/0253/historik"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await signIn(page, "clean"); // lands on the office's page
  await expectAccessible(page);
  await signIn(page, "sekretariat");
  for (const path of ["/sekretariat/evalueringer", "/sekretariat/opkraevning"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  // A box that scrolls is a named region with the keyboard's focus: the arrow keys move it.
  await signIn(page, "greve");
  const box = page.getByRole("region", { name: "Beløb pr. klyngekontor pr. år" });
  await page.goto("/kommuner/0253/opgoerelse");
  await box.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});
