import ExcelJS from "exceljs";
import fs from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, signIn, signInWith, tabTo, test } from "./fixtures";
import { BASE_URL } from "../playwright.config";
import { fillDecisionForm, previewDecision, saveDecision } from "./decision-form";
import { countRows, leadAmounts, rowCount } from "./db";

const CLEAN = "CLEAN – Danmarks Miljøteknologiklynge";
const cleanCard = (page: Page) => page.locator('[data-testid^="office-card-"]').filter({ hasText: CLEAN });

async function recordNoForClean(page: Page, municipality: string) {
  await page.goto("/sekretariat");
  await page.getByRole("link", { name: municipality, exact: true }).click();
  await page.getByRole("link", { name: "Registrér beslutning" }).click();
  await fillDecisionForm(page, {
    offices: ["CLEAN – Danmarks Miljøteknologiklynge"],
    decision: "Nej",
    body: "Byrådet",
    date: "2021-02-25",
    reference: "Punkt 8",
  });
  await previewDecision(page);
  await saveDecision(page);
}

test.describe.serial("the KKR secretariat", () => {
  test("sees the matrix and gauges, with the decision date on hover and keyboard focus", async ({ page }) => {
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat?aar=2021");
    await expect(page.locator("tbody tr")).toHaveCount(17);
    await expect(cleanCard(page)).toContainText("af 16 deltager — krav 14");
    const cell = (municipality: string, column: number) =>
      page.locator("tbody tr").filter({ hasText: municipality }).locator("td").nth(column).locator("[tabindex='0']");
    // A note is shown when it is wider than the 1 px it is clipped to while hidden (still read by screen readers).
    const shown = async (note: Locator) => (await note.evaluate((el) => el.getBoundingClientRect().width)) > 20;
    const lead = cell("Næstved", 1).getByText("Leadkommune");
    expect(await shown(lead)).toBe(false);
    await tabTo(page, cell("Næstved", 1), 200);
    await expect(cell("Næstved", 1)).toContainText("Leadkommune");
    await expect.poll(() => shown(lead)).toBe(true);
    // Escape dismisses it without moving the focus (WCAG 1.4.13); it shows again when the focus comes back.
    await page.keyboard.press("Escape");
    await expect.poll(() => shown(lead)).toBe(false);
    await expect(cell("Næstved", 1)).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await expect.poll(() => shown(lead)).toBe(true);
    // On hover too.
    const pending = cell("Stevns", 2).getByText("Ingen beslutning registreret");
    // In the middle of the window, so the note below the badge is in it too.
    await cell("Stevns", 2).evaluate((element) => element.scrollIntoView({ block: "center" }));
    await cell("Stevns", 2).hover();
    await expect.poll(() => shown(pending)).toBe(true);
    // The pointer can move from the badge onto its note without the note closing (WCAG 1.4.13, hoverable).
    const badge = (await cell("Stevns", 2).boundingBox())!;
    const note = (await pending.boundingBox())!;
    await page.mouse.move(note.x + 10, note.y + note.height / 2, { steps: 2 * Math.ceil(note.y - badge.y) });
    expect(await shown(pending)).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => shown(pending)).toBe(false);
    await expectAccessible(page);
    await page.getByLabel("Kun kommuner, der mangler en beslutning").check();
    await page.getByRole("button", { name: "Vis" }).click();
    await expect(page.locator("tbody tr").filter({ hasText: "Næstved" })).toHaveCount(1);
    // The total is that of the rows shown, not of the region.
    const populations = await page.locator("tbody tr td:nth-of-type(1)").allInnerTexts();
    const shownTotal = populations.reduce((sum, text) => sum + Number(text.replace(/\./g, "")), 0);
    expect(populations.length).toBeLessThan(17);
    await expect(page.getByTestId("population-total")).toHaveText(shownTotal.toLocaleString("da-DK"));
    // A filter that matches no office (We Build Denmark with a status it does not have) shows no table of names
    // without cells.
    const wbdGauge = await page
      .getByRole("img", { name: /^Deltagelse i 2021 for We Build Denmark/ })
      .getAttribute("aria-label");
    const other = ["Fastholdt", "I risiko", "Reduceret"].find((status) => !wbdGauge!.endsWith(`status ${status}`))!;
    await page.getByRole("combobox", { name: "Klyngekontor" }).selectOption({ label: "We Build Denmark" });
    await page.getByRole("combobox", { name: "Status" }).selectOption({ label: other });
    await page.getByRole("button", { name: "Vis" }).click();
    await expect(page.getByTestId("matrix-empty")).toHaveText("Ingen kontorer passer til filteret.");
    await expect(page.getByTestId("matrix-status")).toHaveCount(0);
  });

  test("three Nej for CLEAN: the early warning first, then Reduceret; an agreed pool is then possible", async ({
    page,
  }) => {
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat?aar=2021");
    await expect(cleanCard(page).getByTestId("early-warning")).toContainText("Kan tåle 2 nej mere");
    await recordNoForClean(page, "Lolland");
    await recordNoForClean(page, "Sorø");
    await page.goto("/sekretariat?aar=2021");
    const lollandClean = page.locator("tbody tr").filter({ hasText: "Lolland" }).locator("td").nth(2);
    await lollandClean.locator("[tabindex='0']").hover();
    await expect(lollandClean).toContainText("Besluttet 25. februar 2021");
    // Read out as one: the word, a comma only screen readers get (app/globals.css, .decisions), the date.
    await expect(lollandClean).toHaveAccessibleName(/^Nej ?, Besluttet 25\. februar 2021$/);
    await expect(cleanCard(page).getByTestId("early-warning")).toHaveText(
      `⚠ Ét nej mere, og totalen for ${CLEAN} reduceres.`,
    );
    await expect(cleanCard(page)).toContainText("I risiko");
    await recordNoForClean(page, "Holbæk");
    await page.goto("/sekretariat?aar=2021");
    await expect(cleanCard(page)).toContainText("Reduceret");
    await expect(cleanCard(page)).toContainText("13 af 16 deltager — krav 14");

    await page.getByRole("link", { name: "Indstillinger" }).click();
    const form = page.getByRole("form", { name: `Aftalt pulje for ${CLEAN} 2021` });
    await form.getByLabel(/Aftalt pulje 2021/).fill("420.000");
    await form.getByRole("button", { name: "Gem aftalt pulje" }).click();
    await expect(form.getByText("Skriv begrundelsen for den aftalte pulje.").first()).toBeVisible();
    await form.getByLabel(/Begrundelse/).fill("Aftalt på dialogmøde med CLEAN 12. april 2021");
    await form.getByRole("button", { name: "Gem aftalt pulje" }).click();
    await expect(form.getByTestId("notice")).toContainText("Den aftalte pulje er gemt");
    await page.goto("/sekretariat/bilag?aar=2021");
    const cleanSection = page.locator("section").filter({ has: page.getByRole("heading", { name: CLEAN }) });
    await expect(cleanSection.getByTestId("pool-sum")).toHaveText("420.000 kr.");
    await page.goto("/sekretariat/fordelingslog");
    await expect(page.getByTestId("ledger-entry").first()).toContainText("Ændring af indstillinger");
  });

  test("the what-if sandbox recalculates instantly and changes nothing in the database", async ({ page }) => {
    await signIn(page, "sekretariat");
    const before = [rowCount("CouncilDecision"), rowCount("ShareSnapshot"), rowCount("AuditEvent")];
    await page.goto("/sekretariat/hvad-hvis?aar=2022");
    const wbd = page.getByTestId("sandbox-office-we-build-denmark");
    await expect(wbd).toContainText("I risiko");
    for (const name of ["Greve", "Køge", "Lejre"])
      await page.getByLabel(`${name}, We Build Denmark`).selectOption("NO");
    await expect(wbd).toContainText("Reduceret");
    await expect(page.getByTestId("scenario-count")).toHaveText("3 ændringer i forhold til det registrerede");
    await expect(page).toHaveURL(/scenarie=we-build-denmark\.0253\.NO/);
    await expectAccessible(page);
    // The link reproduces the scenario
    await page.reload();
    await expect(wbd).toContainText("Reduceret");
    expect([rowCount("CouncilDecision"), rowCount("ShareSnapshot"), rowCount("AuditEvent")]).toEqual(before);
  });

  test("exports the appendix as XLSX and CSV with correct numbers", async ({ page }) => {
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/bilag?aar=2022");
    await expectAccessible(page);
    // The files must say exactly what the page says.
    const wbdTable = page.locator("section").filter({ has: page.getByRole("heading", { name: "We Build Denmark" }) });
    const faxeOnPage = Number(
      (await wbdTable.getByRole("row").filter({ hasText: "Faxe" }).locator("td").nth(2).innerText()).replace(/\D/g, ""),
    );
    expect(faxeOnPage).toBeGreaterThan(0);
    const xlsxDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "Hent som Excel (XLSX)" }).click();
    const xlsxFile = await (await xlsxDownload).path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile!);
    const sheet = workbook.getWorksheet("We Build Denmark")!;
    const faxe = (sheet.getSheetValues().filter(Boolean) as unknown[][]).find((r) => r[2] === "Faxe")!;
    expect(faxe[5]).toBe(faxeOnPage);

    const csvDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "Hent som CSV" }).click();
    const csv = fs.readFileSync((await (await csvDownload).path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(
      "År;Klyngekontor;Status;Kommunekode;Kommune;Indbyggere;Beslutning;Beløb (kr.);Andel af puljen (%);Foreløbig",
    );
    expect(csv).toContain(`;0320;Faxe;36713;Ja;${faxeOnPage};`);
    expect(csv).toContain(";0370;Næstved;83181;Lead;500000;");
  });

  test("settings refuse lead amounts that do not add up, and keep what was typed", async ({ page }) => {
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/indstillinger");
    const before = leadAmounts();
    await page.getByLabel("Kalundborg (kr. pr. år)").fill("300.000");
    await page.getByRole("button", { name: "Gem leadbeløb" }).click();
    await expect(page.getByTestId("form-error")).toHaveText(
      "Leadbeløbene skal tilsammen give 500.000 kr. (nu 550.000 kr.).",
    );
    await expect(page.getByLabel("Kalundborg (kr. pr. år)")).toHaveValue("300.000");
    expect(leadAmounts()).toEqual(before);
    // A wrong amount is told at its municipality's field, which gets the focus.
    await page.getByLabel("Guldborgsund (kr. pr. år)").fill("-200000");
    await page.getByRole("button", { name: "Gem leadbeløb" }).click();
    await expect(page.getByLabel("Guldborgsund (kr. pr. år)")).toHaveAccessibleDescription(
      "Beløbet kan ikke være under 0 kr.",
    );
    await expect(page.getByLabel("Guldborgsund (kr. pr. år)")).toBeFocused();
    expect(leadAmounts()).toEqual(before);
    await page.getByLabel("Guldborgsund (kr. pr. år)").fill("200000");
    await page.getByRole("button", { name: "Gem leadbeløb" }).click();
    await expect(page.getByTestId("notice")).toHaveText("Leadbeløbene er gemt.");
    expect(leadAmounts().sort()).toContain(300_000);
    await expectAccessible(page);
  });

  test("follow-up lists missing decisions with the contacts' e-mail addresses", async ({ page }) => {
    await signIn(page, "sekretariat");
    // With a deadline (set here as the secretariat would), the page says what the portal reminds by itself.
    await page.goto("/sekretariat/indstillinger");
    await page.getByLabel("Periodens frist for kommunernes beslutninger").fill("2021-06-30");
    // An office's own deadline wins for that office; a day far from the period is refused, and nothing is saved.
    await page.getByLabel("Egen frist for We Build Denmark").fill("2099-01-01");
    await page.getByRole("button", { name: "Gem frister" }).click();
    await expect(page.getByText("Fristen skal ligge mellem 1. januar 2019 og 31. december 2026.")).toBeVisible();
    await expect(page.getByLabel("Egen frist for We Build Denmark")).toBeFocused();
    const deadlines = () => countRows(`SELECT COUNT(*) AS n FROM "ClusterOffice" WHERE "decisionDueDate" IS NOT NULL`);
    expect(deadlines()).toBe(0);
    await page.getByLabel("Egen frist for We Build Denmark").fill("2021-09-30");
    await page.getByRole("button", { name: "Gem frister" }).click();
    // Both days have passed (the e2e clock stands in February 2025): asked first, since every municipality still
    // missing a decision would be told at once that the deadline is overdue. Nothing is saved until the box is ticked.
    await expect(page.getByTestId("form-error")).toContainText("30. september 2021 (We Build Denmark)");
    await expect(page.getByTestId("form-error")).toContainText(
      /er allerede overskredet\. \d+ kommuner mangler at beslutte sig og får en mail om, at fristen er overskredet/,
    );
    expect(deadlines()).toBe(0);
    await page.getByLabel("Ja, gem, selv om fristen er overskredet").check();
    await page.getByRole("button", { name: "Gem frister" }).click();
    await expect(page.getByText("Fristerne er gemt.")).toBeVisible();
    expect(deadlines()).toBe(1);
    await page.goto("/sekretariat/opfoelgning?aar=2021");
    await expect(page.getByTestId("follow-up-intro")).toContainText("Fristen for beslutninger står ved hvert kontor.");
    const wbd = page.getByTestId("follow-up-office").filter({ hasText: "We Build Denmark" });
    await expect(wbd).toContainText("greve@demo.klyngeportalen.dk");
    await expect(wbd).not.toContainText("faxe@demo.klyngeportalen.dk");
    // Each office says which deadline is its own, and that it has passed (the e2e clock stands in February 2025).
    await expect(wbd.getByTestId("follow-up-due")).toHaveText(
      "Frist: 30. september 2021 (kontorets egen frist)⚠ Fristen er overskredet",
    );
    await expect(
      page.getByTestId("follow-up-office").filter({ hasText: "CLEAN" }).getByTestId("follow-up-due"),
    ).toContainText("Frist: 30. juni 2021 (periodens frist)");
    // What the portal does by itself is said, so the secretariat does not remind twice.
    await expect(page.getByTestId("follow-up-intro")).toContainText(
      "får selv en påmindelse på mail 30 og 7 dage før kontorets frist og én, når den er overskredet",
    );
    await expectAccessible(page);
    // The municipality's own pages say it too (what the reminder mails say), on its page and where it records.
    for (const path of ["/kommuner/0253", "/kommuner/0253/beslutninger/ny"]) {
      await page.goto(path);
      await expect(page.getByTestId("decision-deadline")).toContainText(
        "Fristen for beslutningen om We Build Denmark var 30. september 2021 og er overskredet.",
      );
    }
    // Taken away again: the period's deadline applies to We Build Denmark (and to the specs after this one).
    await page.goto("/sekretariat/indstillinger");
    await page.getByLabel("Egen frist for We Build Denmark").fill("");
    await page.getByRole("button", { name: "Gem frister" }).click();
    // We Build Denmark's deadline moves to the period's, which has passed too: asked again.
    await page.getByLabel("Ja, gem, selv om fristen er overskredet").check();
    await page.getByRole("button", { name: "Gem frister" }).click();
    await expect(page.getByText("Fristerne er gemt.")).toBeVisible();
    expect(deadlines()).toBe(0);
  });

  test("creates a user, gives a new password, deactivates; bad input is refused in Danish", async ({
    page,
    browser,
  }) => {
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/brugere");
    const users = rowCount("User");
    await page.getByRole("button", { name: "Opret bruger" }).click();
    await expect(page.getByText("Skriv brugerens navn.")).toBeVisible();
    await page.getByLabel("Navn").fill("Ny Kontaktperson");
    await page.getByLabel("E-mail").fill("ny.kontakt@faxe.dk");
    await page.getByLabel("Rolle").selectOption("MUNICIPAL_CONTACT");
    await page.getByLabel("Første adgangskode (mindst 12 tegn)").fill("kort");
    await page.getByRole("button", { name: "Opret bruger" }).click();
    await expect(page.getByText("Vælg kontaktpersonens kommune.")).toBeVisible();
    await expect(page.getByText("Adgangskoden skal være på mindst 12 tegn.")).toBeVisible();
    expect(rowCount("User")).toBe(users);
    await page.getByLabel("Kommune (for kontaktpersoner)").selectOption({ label: "Faxe" });
    await page.getByLabel("Første adgangskode (mindst 12 tegn)").fill("en-lang-adgangskode-2026");
    // A choice the role has no use for is refused, not dropped: the user may have meant another role.
    await page.getByLabel("Klyngekontor (for klyngekontorer)").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Opret bruger" }).click();
    await expect(
      page.getByText(
        "Kun en bruger med rollen Klyngekontor hører til et klyngekontor. Vælg «Ingen» her, eller ret rollen.",
      ),
    ).toBeVisible();
    await expect(page.getByLabel("Klyngekontor (for klyngekontorer)")).toBeFocused();
    expect(rowCount("User")).toBe(users);
    await page.getByLabel("Klyngekontor (for klyngekontorer)").selectOption({ label: "Ingen" });
    // A double-click is one submit: the second click used to create nothing and say the user already existed.
    await page.getByRole("button", { name: "Opret bruger" }).dblclick();
    await expect(page.getByRole("button", { name: "Opret bruger" })).toBeEnabled();
    await expect(page.getByText("Brugeren ny.kontakt@faxe.dk er oprettet.")).toBeVisible();
    // Emptied for the next user: the first password is not left in the form.
    await expect(page.getByLabel("E-mail")).toHaveValue("");
    await expect(page.getByLabel("Første adgangskode (mindst 12 tegn)")).toHaveValue("");
    await expect(page.getByText("Der findes allerede en bruger med den e-mail-adresse.")).toHaveCount(0);
    expect(rowCount("User")).toBe(users + 1);
    await page.reload();
    const row = page.getByTestId("user-row").filter({ hasText: "ny.kontakt@faxe.dk" });
    // The user forgot the password: the secretariat gives a new one, made by the portal and shown once (asked first).
    await row.getByRole("button", { name: "Ny adgangskode …" }).click();
    const question = row.getByRole("group", { name: "Bekræft: Giv Ny Kontaktperson en ny adgangskode" });
    await expect(question).toBeFocused();
    await question.getByRole("button", { name: "Ja, giv Ny Kontaktperson en ny adgangskode" }).click();
    await expect(row.getByTestId("notice")).toHaveText(
      "Ny Kontaktperson har fået en ny adgangskode og er logget ud på alle enheder.",
    );
    // The password stands on a line of its own (whole, never broken at a hyphen) and copies with one click.
    const shown = row.getByTestId("new-password").locator("code");
    const password = (await shown.innerText()).trim();
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect((await shown.boundingBox())!.height).toBeLessThan(40);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await row.getByRole("button", { name: "Kopiér adgangskoden" }).click();
    await expect(row.getByRole("status").filter({ hasText: "Kopieret" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);
    await expectAccessible(page);
    {
      const other = await browser.newContext({ baseURL: BASE_URL });
      const newUser = await other.newPage();
      await signInWith(newUser, "ny.kontakt@faxe.dk", password);
      await expect(newUser).toHaveURL(/\/kommuner\/0320$/);
      await other.close();
    }
    // Deactivation asks first (issue 16).
    await row.getByRole("button", { name: "Deaktivér …" }).click();
    await row.getByRole("button", { name: "Ja, deaktivér Ny Kontaktperson" }).click();
    await expect(row).toContainText("Deaktiveret");
    await expectAccessible(page);
    // With the right password the user is told why, and whom to ask (a wrong one gets the usual answer).
    {
      const other = await browser.newContext({ baseURL: BASE_URL });
      const newUser = await other.newPage();
      await signInWith(newUser, "ny.kontakt@faxe.dk", password);
      await expect(
        newUser.getByText("Din bruger i Klyngeportalen er deaktiveret. Kontakt KKR-sekretariatet."),
      ).toBeVisible();
      await signInWith(newUser, "ny.kontakt@faxe.dk", "forkert-adgangskode");
      await expect(newUser.getByText("Forkert e-mail eller adgangskode.")).toBeVisible();
      await other.close();
    }
  });
});

test("municipal contacts and cluster offices get 404 on every secretariat page, export and action", async ({
  page,
  browser,
}) => {
  // Capture a real settings action call as the secretariat …
  await signIn(page, "sekretariat");
  await page.goto("/sekretariat/indstillinger");
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/sekretariat/indstillinger", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = { url: request.url(), headers: request.headers(), body: request.postDataBuffer()! };
      return route.abort();
    }
    return route.continue();
  });
  await page.getByLabel("Periodens frist for kommunernes beslutninger").fill("2021-06-30");
  await page.getByRole("button", { name: "Gem frist" }).click();
  await expect.poll(() => !!captured).toBe(true);

  for (const slug of ["greve", "clean"]) {
    const other = await browser.newPage();
    await signIn(other, slug);
    for (const path of [
      "/sekretariat",
      "/sekretariat/hvad-hvis",
      "/sekretariat/bilag",
      "/sekretariat/fordelingslog",
      "/sekretariat/opfoelgning",
      "/sekretariat/indstillinger",
      "/sekretariat/brugere",
      "/sekretariat/bilag/xlsx",
      "/sekretariat/bilag/csv",
    ]) {
      expect((await other.goto(path))?.status(), `${slug} ${path}`).toBe(404);
    }
    // … and replay it with this user's session: refused, nothing stored — only the refusal itself is audited.
    const changes = () => countRows(`SELECT COUNT(*) AS n FROM "AuditEvent" WHERE action <> 'access.refused'`);
    const audit = changes();
    const { cookie: _cookie, ...headers } = captured!.headers;
    const response = await other.request.post(captured!.url, { headers, data: captured!.body });
    expect(response.status()).toBe(404);
    expect(changes()).toBe(audit);
    await other.close();
  }
});
