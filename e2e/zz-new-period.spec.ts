import type { Page } from "@playwright/test";
import regionData from "../prisma/seed/region-sjaelland-2021.json";
import { expect, expectAccessible, signIn, tabTo, test } from "./fixtures";
import { fillDecisionForm, previewDecision, saveDecision } from "./decision-form";
import { fillEvaluationForm, pdfFile } from "./evaluation-form";
import { idOf, rowCount } from "./db";

/**
 * Issue 12: the secretariat imports the 2025 population figures, creates 2025–2028 from 2021–2024 (one office
 * renamed, one lead split changed), contacts decide in the new period — and 2021–2024 is exactly as before.
 * Named to run last: from here on the e2e business clock's "current period" is 2025–2028.
 */
const FAXE_2025 = 37_101;
/** FOLK1A as StatBank delivers it (BOM, semicolons, CRLF), for 2025K1: the 2021 figures plus a little growth. */
function folk1a(rows: { name: string; population: number }[]) {
  const lines = [
    "OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD",
    "Region Sjælland;I alt;Alder i alt;I alt;2025K1;850000",
    ...rows.map((row) => `${row.name};I alt;Alder i alt;I alt;2025K1;${row.population}`),
  ];
  return Buffer.from("\uFEFF" + lines.join("\r\n") + "\r\n");
}
const figures2025 = regionData.municipalities.map((m) => ({
  name: m.name,
  population: m.code === "0320" ? FAXE_2025 : m.population + 250,
}));

/** What the page says, apart from the period picker (which rightly lists the new period afterwards). */
async function pageText(page: Page, url: string) {
  await page.goto(url);
  return page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-testid="period-picker"]').forEach((picker) => picker.remove());
    return copy.textContent ?? "";
  });
}

test.describe.serial("a new period", () => {
  let before: { municipality: string; statement: string; csv: string; appendix: string };
  let oldPeriod: string;

  test("2021–2024 as it is before", async ({ page }) => {
    oldPeriod = idOf("Agreement", '"regionId" = (SELECT id FROM "Region" WHERE code = ?)', "1085");
    await signIn(page, "sekretariat");
    before = {
      municipality: await pageText(page, `/kommuner/0320?periode=${oldPeriod}`),
      statement: await pageText(page, `/kommuner/0320/opgoerelse?periode=${oldPeriod}`),
      appendix: await pageText(page, `/sekretariat/bilag?periode=${oldPeriod}&aar=2022`),
      csv: await (await page.request.get(`/sekretariat/bilag/csv?periode=${oldPeriod}&aar=2022`)).text(),
    };
  });

  test("the 2025 population figures are imported from FOLK1A; a bad file is refused whole", async ({ page }) => {
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/befolkning");
    await expectAccessible(page);
    const figuresBefore = rowCount("PopulationFigure");
    await page.getByLabel(/Fil fra Danmarks Statistik/).setInputFiles({
      name: "FOLK1A-2025K1.csv",
      mimeType: "text/csv",
      buffer: folk1a(figures2025),
    });
    await page.getByLabel("Tallene gælder pr.").fill("2025-01-01");
    await page.getByRole("button", { name: "Se tallene" }).click();
    const preview = page.getByTestId("population-preview");
    await expect(preview).toContainText("17 kommuner");
    await expect(preview.getByRole("row").filter({ hasText: "Faxe" })).toContainText(
      `${(37_101).toLocaleString("da-DK")}`,
    );
    await expect(preview.getByRole("row").filter({ hasText: "Faxe" })).toContainText("36.713");
    await expectAccessible(page);
    expect(rowCount("PopulationFigure")).toBe(figuresBefore);
    await page.getByRole("button", { name: "Gem befolkningstallene" }).click();
    await expect(page.getByTestId("notice")).toContainText("Befolkningstallene for 17 kommuner er gemt");
    expect(rowCount("PopulationFigure")).toBe(figuresBefore + 17);
    // Which period counts with which figures: the running one keeps its date; the new figures wait for a new period.
    const figures = page.getByRole("region", { name: "Fuldstændige befolkningstal" });
    await expect(figures.getByRole("listitem").filter({ hasText: "pr. 1. januar 2021" })).toContainText(
      "bruges af Regionale klyngekontorer 2021-2024",
    );
    await expect(figures.getByRole("listitem").filter({ hasText: "pr. 1. januar 2025" })).toContainText(
      "bruges ikke af nogen periode endnu",
    );

    // Unknown name, a municipality twice, one missing: refused with every problem, nothing stored.
    const bad = [
      { name: "Nordfynn", population: 1000 },
      ...figures2025.filter((m) => m.name !== "Stevns"),
      { name: "Faxe", population: 1 },
    ];
    await page.getByLabel(/Fil fra Danmarks Statistik/).setInputFiles({
      name: "FOLK1A-fejl.csv",
      mimeType: "text/csv",
      buffer: folk1a(bad),
    });
    // (A date after the e2e clock's today, 20 February 2025, is refused before the file is read.)
    await page.getByLabel("Tallene gælder pr.").fill("2025-01-01");
    await page.getByRole("button", { name: "Se tallene" }).click();
    const problems = page.getByTestId("population-problems");
    await expect(problems).toContainText("Nordfynn");
    await expect(problems).toContainText("Faxe");
    await expect(problems).toContainText("Stevns");
    expect(await problems.getByRole("listitem").count()).toBeGreaterThanOrEqual(3);
    await expect(page.getByText("Filen kan ikke bruges. Intet er gemt:")).toHaveCount(1);
    await expect(page.getByTestId("field-error")).toHaveText("Fejlene i filen står herunder.");
    await expect(page.getByLabel(/Fil fra Danmarks Statistik/)).toHaveAccessibleDescription(/herunder\..*Nordfynn/);
    await expect(page.getByRole("button", { name: "Gem befolkningstallene" })).toHaveCount(0);
    expect(rowCount("PopulationFigure")).toBe(figuresBefore + 17);
  });

  test("the secretariat creates 2025–2028 from 2021–2024: one office renamed, one lead split changed", async ({
    page,
  }) => {
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/perioder");
    await expect(page.getByTestId("periods")).toContainText("Regionale klyngekontorer 2021-2024");
    await expect(page.getByLabel("Periodens navn")).toHaveValue("Regionale klyngekontorer 2025-2028");
    await page.getByLabel("Befolkningstal pr.").selectOption("2025-01-01");
    const clean = page.getByTestId("period-office-1");
    await clean.getByLabel("Navn").fill("CLEAN – Danmarks Grønne Klynge");
    const lifeScience = page.getByTestId("period-office-3");
    // (Earlier specs may have changed the 2021–2024 split: both amounts are typed here.)
    await lifeScience.getByLabel("Lead 1: beløb pr. år (kr.)").fill("300000");
    await lifeScience.getByLabel("Lead 2: beløb pr. år (kr.)").fill("250000");
    await page.getByRole("button", { name: "Se opsummering" }).click();
    // The lead split no longer adds up: said at once, nothing stored.
    await expect(
      lifeScience.getByText("Leadbeløbene i 2025 giver 550.000 kr., men leadbidraget er 500.000 kr."),
    ).toBeVisible();
    // Told at the first amount, and focus is there (it went to the form's summary, away from the office).
    await expect(lifeScience.getByLabel("Lead 1: beløb pr. år (kr.)")).toBeFocused();
    await expect(lifeScience.getByLabel("Lead 1: beløb pr. år (kr.)")).toHaveAccessibleDescription(
      "Leadbeløbene i 2025 giver 550.000 kr., men leadbidraget er 500.000 kr.",
    );
    await lifeScience.getByLabel("Lead 2: beløb pr. år (kr.)").fill("200000");
    await page.getByRole("button", { name: "Se opsummering" }).click();
    const summary = page.getByTestId("period-summary");
    // The years once: the name holds them.
    await expect(summary.getByRole("heading", { level: 2 })).toHaveText(
      "Opsummering: Regionale klyngekontorer 2025-2028",
    );
    await expect(summary).toContainText("befolkningstal pr. 1. januar 2025");
    await expect(summary).toContainText("CLEAN – Danmarks Grønne Klynge");
    await expect(summary.getByRole("row").filter({ hasText: "Life Science" })).toContainText("300.000 kr.");
    await expectAccessible(page);
    expect(rowCount("Agreement")).toBe(2); // Sjælland 2021–2024 and the second KKR's test period
    // A decision deadline that has passed (the e2e clock stands at 20 February 2025) would tell every municipality at
    // once that it is overdue: the summary says so, and the period is created only with the tick.
    await clean.getByLabel("Frist for beslutninger (valgfri)").fill("2025-02-10");
    await expect(summary).toBeHidden(); // a change makes the summary old
    await page.getByRole("button", { name: "Se opsummering" }).click();
    await expect(summary.getByTestId("past-deadline")).toContainText(
      "Fristen for beslutninger om CLEAN – Danmarks Grønne Klynge (10. februar 2025) er allerede overskredet. " +
        "Når perioden er oprettet, får 16 kommuner en mail",
    );
    await page.getByRole("button", { name: "Opret perioden" }).click();
    await expect(page.getByTestId("form-error")).toContainText(
      "Sæt kryds, hvis det er meningen, og opret perioden igen.",
    );
    expect(rowCount("Agreement")).toBe(2);
    // Taken away again: no warning, and the period is created as planned.
    await clean.getByLabel("Frist for beslutninger (valgfri)").fill("");
    await page.getByRole("button", { name: "Se opsummering" }).click();
    await expect(summary).toBeVisible();
    await expect(summary.getByTestId("past-deadline")).toHaveCount(0);
    await page.getByRole("button", { name: "Opret perioden" }).click();
    await expect(page).toHaveURL(/\/sekretariat\?periode=/);
    // Said once, where the secretariat lands, with focus on it.
    await expect(page.getByTestId("notice")).toHaveText("Perioden Regionale klyngekontorer 2025-2028 er oprettet.");
    await expect(page.getByTestId("notice")).toBeFocused();
    await expect(page).not.toHaveURL(/oprettet/);
    await expect(page.getByTestId("period-picker")).toContainText("Regionale klyngekontorer 2025-2028");
    await expect(page.getByRole("heading", { name: /Klyngekontorer 2025/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "CLEAN – Danmarks Grønne Klynge" })).toBeVisible();
  });

  test("a contact decides in the new period; 2021–2024 stays exactly as it was", async ({ page }) => {
    await signIn(page, "faxe");
    // The current period (the e2e clock stands in February 2025) is the new one.
    await expect(page.getByTestId("period-picker").getByRole("link", { name: /2025-2028/ })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await tabTo(page, page.getByRole("link", { name: "Registrér beslutning" }));
    await page.keyboard.press("Enter");
    await fillDecisionForm(page, { decision: "Ja", body: "Byrådet", date: "2025-02-10", reference: "Punkt 5" });
    await previewDecision(page);
    await expect(page.getByTestId("decision-preview")).toContainText("Fra 2025 deltager");
    await saveDecision(page);
    await expect(page.getByTestId("amount-we-build-denmark-2025")).toContainText("Ja");
    await expect(page.getByTestId("population-note")).toContainText("1. januar 2025");
    await expectAccessible(page);

    await signIn(page, "sekretariat");
    expect(await pageText(page, `/kommuner/0320?periode=${oldPeriod}`)).toBe(before.municipality);
    expect(await pageText(page, `/kommuner/0320/opgoerelse?periode=${oldPeriod}`)).toBe(before.statement);
    expect(await pageText(page, `/sekretariat/bilag?periode=${oldPeriod}&aar=2022`)).toBe(before.appendix);
    expect(await (await page.request.get(`/sekretariat/bilag/csv?periode=${oldPeriod}&aar=2022`)).text()).toBe(
      before.csv,
    );
  });

  test("the office's user hands in the new period's evaluation, as in the old", async ({ page }) => {
    // The user belongs to CLEAN of 2021–2024; the office's later periods are theirs too (the form was missing here).
    await signIn(page, "clean");
    await expect(page.getByRole("heading", { name: "CLEAN – Danmarks Grønne Klynge" })).toBeVisible();
    // What still waits in 2021–2024 (late, never handed in; the e2e clock stands in February 2025) is not hidden
    // behind the new period's page: named with its period, one click away.
    const awaiting = page.getByTestId("awaiting-elsewhere");
    await expect(awaiting).toContainText("Venter på jer i en anden periode:");
    // Named once per period, as a heading over its evaluations.
    await expect(awaiting.getByRole("heading", { name: "Regionale klyngekontorer 2021-2024" })).toBeVisible();
    await expect(awaiting.getByRole("listitem")).toContainText(["Evaluering 2023: Forsinket, frist 1. marts 2024"]);
    await awaiting.getByRole("link", { name: "Evaluering 2023" }).click();
    await expect(page.getByRole("heading", { name: /^Evaluering 2023/ })).toBeVisible();
    // The evaluation's page names its period: the office's name is the same in both.
    await expect(page.getByText("Regionale klyngekontorer 2021-2024", { exact: true })).toBeVisible();
    await page.goBack();
    // A year that has not begun says so in the list, before anyone opens it.
    await expect(page.getByRole("row").filter({ hasText: "Åbn evaluering 2026" })).toContainText(
      "Kan afleveres fra 1. januar 2026",
    );
    await expect(page.getByRole("row").filter({ hasText: "Åbn evaluering 2025" })).not.toContainText("Kan afleveres");
    await page.getByRole("link", { name: /^Åbn evaluering 2025/ }).click();
    await expect(page.getByRole("link", { name: "← CLEAN – Danmarks Grønne Klynge" })).toBeVisible();
    await fillEvaluationForm(page, { report: pdfFile("clean-evaluering-2025.pdf") });
    await page.getByRole("button", { name: "Aflever evaluering" }).click();
    await expect(page.getByTestId("notice")).toContainText("Evalueringen er afleveret som version 1");
    await expectAccessible(page);
    // Next year's waits for its year (the e2e clock stands in February 2025): said, and no form to fill in for nothing.
    await page.goto(page.url().replace(/\/2025(\?.*)?$/, "/2026"));
    await expect(page.getByRole("heading", { name: /^Evaluering 2026/ })).toBeVisible();
    await expect(page.getByTestId("not-yet-open")).toHaveText(
      "Evalueringen for 2026 kan afleveres fra 1. januar 2026, når året er begyndt: den fortæller, hvad året har givet.",
    );
    await expect(page.getByRole("button", { name: "Aflever evaluering" })).toHaveCount(0);
  });

  test("the pages of 2025–2028 name what is late or undecided in 2021–2024", async ({ page }) => {
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/evalueringer");
    const awaiting = page.getByTestId("awaiting-elsewhere");
    await expect(awaiting.getByRole("heading", { name: "I andre perioder" })).toBeVisible();
    await expect(awaiting.getByRole("heading", { name: "Regionale klyngekontorer 2021-2024" })).toBeVisible();
    await expect(awaiting.getByRole("listitem")).toContainText([
      "CLEAN – Danmarks Miljøteknologiklynge 2023: forsinket, frist 1. marts 2024",
    ]);
    await expectAccessible(page);
    // Greve has not decided on We Build Denmark of 2021–2024 and is reminded about it: its page, now on 2025–2028,
    // names that deadline with its period.
    await page.goto("/kommuner/0253");
    const deadline = page.getByTestId("decision-deadline");
    await expect(deadline).toContainText("We Build Denmark (Regionale klyngekontorer 2021-2024)");
    await expect(deadline).toContainText("var 30. juni 2021 og er overskredet");
  });
});
