import { expect, expectAccessible, signIn, test } from "./fixtures";
import { rowCount } from "./db";

/**
 * Issue 12: an administrator creates a KKR's first secretariat user; that user works in its own region only — it
 * starts with no period and an invitation to create one, and another region's pages do not exist for it.
 */
test("an administrator creates KKR Nordjylland's first secretariat user, who sees only Nordjylland", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.goto("/sekretariat/brugere");
  await page.getByTestId("region-picker").getByRole("link", { name: "KKR Nordjylland" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brugere i KKR Nordjylland");
  await expect(page.getByTestId("user-row").filter({ hasText: "faxe@demo.klyngeportalen.dk" })).toHaveCount(0);
  await expectAccessible(page);
  const users = rowCount("User");
  await page.getByLabel("Navn").fill("Nina Nord");
  await page.getByLabel("E-mail").fill("sekretariat@kkr-nord.example");
  await page.getByLabel("Rolle").selectOption("SECRETARIAT");
  await page.getByLabel("Første adgangskode (mindst 12 tegn)").fill("nordjylland-2026-kkr");
  await page.getByRole("button", { name: "Opret bruger" }).click();
  await expect(page.getByText("Brugeren sekretariat@kkr-nord.example er oprettet.")).toBeVisible();
  expect(rowCount("User")).toBe(users + 1);

  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill("sekretariat@kkr-nord.example");
  await page.getByLabel("Adgangskode").fill("nordjylland-2026-kkr");
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByText("KKR Nordjylland har ingen aftaleperioder endnu.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Opret den første periode" }).click();
  await expect(page).toHaveURL(/\/sekretariat\/perioder/);
  // A new KKR starts with its population figures: the period form waits for them, and says where to import them.
  await expect(page.getByText("Der er ingen fuldstændige befolkningstal for regionen endnu.")).toBeVisible();
  await page.getByRole("link", { name: "Importér befolkningstal" }).click();
  await expect(page).toHaveURL(/\/sekretariat\/befolkning/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Nordjylland");

  for (const url of ["/sekretariat?kkr=1085", "/kommuner/0320", "/sekretariat/bilag/csv?kkr=1085"]) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(404);
  }
});
