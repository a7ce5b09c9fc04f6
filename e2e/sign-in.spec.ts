import { expect, expectAccessible, signIn, test, demoEmail } from "./fixtures";

test.describe("sign-in", () => {
  test("an anonymous visitor is sent to the Danish sign-in page", async ({ page }) => {
    for (const path of ["/", "/sekretariat", "/kommuner/0320"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login$/);
    }
    await expect(page.locator("html")).toHaveAttribute("lang", "da");
    await expect(page.getByRole("heading", { name: "Log ind" })).toBeVisible();
    await expectAccessible(page);
  });

  test("the secretariat lands on the overview with all 17 municipalities (838.840 inhabitants)", async ({ page }) => {
    await signIn(page, "sekretariat");
    await expect(page).toHaveURL(/\/sekretariat$/);
    await expect(page.getByRole("heading", { name: "KKR Sjælland: overblik" })).toBeVisible();
    await expect(page.getByTestId("population-total")).toHaveText("838.840");
    await expect(page.getByRole("rowheader")).toHaveCount(18); // 17 municipalities + total row
    await expect(page.getByText("16 af 16 deltager — krav 14").first()).toBeVisible();
    await expectAccessible(page);
  });

  test("a municipal contact lands on their municipality with provisional amounts", async ({ page }) => {
    await signIn(page, "soroe");
    await expect(page).toHaveURL(/\/kommuner\/0340$/);
    await expect(page.getByRole("heading", { name: "Sorø Kommune" })).toBeVisible();
    await expect(page.getByTestId("amount-we-build-denmark-2021")).toContainText(/\d+\.\d{3} kr\./);
    await expect(page.getByTestId("amount-we-build-denmark-2021")).toContainText("(foreløbig)");
    await expectAccessible(page);
  });

  test("a cluster office lands on its own office's financing", async ({ page }) => {
    await signIn(page, "clean");
    await expect(page).toHaveURL(/\/klyngekontorer\//);
    await expect(page.getByRole("heading", { name: /^CLEAN/ })).toBeVisible();
    await expect(page.getByText("Roskilde (lead)")).toBeVisible();
    await expectAccessible(page);
  });

  test("a contact cannot open another municipality or a secretariat page (404)", async ({ page }) => {
    await signIn(page, "faxe");
    await expect(page).toHaveURL(/\/kommuner\/0320$/);
    for (const path of ["/kommuner/0253", "/sekretariat"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Siden findes ikke" })).toBeVisible();
    }
  });

  test("bad sign-in input gets clear Danish messages and no stack trace", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(page.getByText("Skriv din e-mail-adresse.")).toBeVisible();
    await expect(page.getByText("Skriv din adgangskode.")).toBeVisible();
    // Focus goes to the first field to fix, not to the page (the next Tab would start from the top).
    await expect(page.getByLabel("E-mail")).toBeFocused();

    await page.getByLabel("E-mail").fill("x".repeat(10_000));
    await page.getByLabel("Adgangskode").fill("y".repeat(10_000));
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(page.getByText("E-mail-adressen er for lang.")).toBeVisible();

    await page.getByLabel("E-mail").fill("ukendt@kommune.dk");
    await page.getByLabel("Adgangskode").fill("forkert");
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(page.getByTestId("form-error")).toHaveText("Forkert e-mail eller adgangskode.");
    // A refused sign-in puts focus in the password, selected: typing replaces it.
    await expect(page.getByLabel("Adgangskode")).toBeFocused();
    await page.keyboard.type("igen");
    await expect(page.getByLabel("Adgangskode")).toHaveValue("igen");

    await page.getByLabel("E-mail").fill(demoEmail("greve"));
    await page.getByLabel("Adgangskode").fill("forkert-kode");
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(page.getByTestId("form-error")).toHaveText("Forkert e-mail eller adgangskode.");
    await expect(page.locator("body")).not.toContainText(/Error:|at \w+ \(/);
    await expect(page).toHaveURL(/\/login$/);
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, "naestved");
    await expect(page).toHaveURL(/\/kommuner\/0370$/);
    await page.getByRole("button", { name: "Log ud" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto("/kommuner/0370");
    await expect(page).toHaveURL(/\/login$/);
  });

  test("the whole sign-in works with the keyboard alone", async ({ page }) => {
    await page.goto("/login");
    // Skip link, the site name, then the form: at most a few Tab presses.
    for (let i = 0; i < 5 && !(await page.getByLabel("E-mail").evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(page.getByLabel("E-mail")).toBeFocused();
    await page.keyboard.type(demoEmail("greve"));
    await page.keyboard.press("Tab");
    await page.keyboard.type("Klynge-2026");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/kommuner\/0253$/);
  });
});
