import type { Page } from "@playwright/test";
import regionData from "../prisma/seed/region-sjaelland-2021.json";
import { expect, expectAccessible, signIn, tabTo, test } from "./fixtures";
import { fillDecisionForm, previewDecision, saveDecision, type DecisionFormValues } from "./decision-form";

/**
 * Issue 10 through the browser: corrections replace what they correct, opt-outs never rewrite the past by default,
 * leads decide too, and every amount says how sure it is. Each journey leaves the data as the specs after it expect
 * it (every council that took part still takes part).
 */
const WBD = "We Build Denmark";
const OTHERS = ["CLEAN – Danmarks Miljøteknologiklynge", "Food & Bio Cluster Denmark", "Life Science Cluster Denmark"];
const populations = Object.fromEntries(regionData.municipalities.map((m) => [m.code, m.population]));

const kroner = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).locator("span.tabular-nums").first().innerText()).replace(/[^\d]/g, ""));

async function record(
  page: Page,
  code: string,
  {
    only = WBD,
    reason,
    corrects,
    save = true,
    ...o
  }: Pick<DecisionFormValues, "decision" | "date" | "from" | "to" | "approved"> & {
    only?: string;
    corrects?: string;
    reason?: string;
    save?: boolean;
  },
) {
  await page.goto(`/kommuner/${code}/beslutninger/ny`);
  await fillDecisionForm(page, {
    ...o,
    reference: `Punkt ${o.date}`,
    offices: [only],
    correction: reason ? { reason, corrects } : undefined,
  });
  await previewDecision(page);
  if (save) await saveDecision(page);
}

/** Sorø's share of a pool split among all non-leads but Næstved: its exact value, rounded down and up. */
function fullShare(code: string) {
  const weight = regionData.municipalities.filter((m) => m.code !== "0370").reduce((s, m) => s + m.population, 0);
  const exact = (500_000 * populations[code]!) / weight;
  return [Math.floor(exact), Math.ceil(exact)];
}

test.describe.serial("decisions over time", () => {
  test("a Nej with a wrong meeting date, corrected to Ja: the Ja counts on every page", async ({ page }) => {
    await signIn(page, "soroe");
    await record(page, "0340", { decision: "Nej", date: "2021-10-28" });
    for (const year of [2021, 2022, 2023, 2024]) {
      await expect(page.getByTestId(`amount-we-build-denmark-${year}`)).toContainText("Nej");
    }
    await record(page, "0340", {
      decision: "Ja",
      date: "2021-09-28",
      from: "2021",
      corrects: `${WBD}: Nej fra 2021 (møde 28. oktober 2021)`,
      reason: "Mødedatoen var forkert: byrådet sagde ja den 28. september",
    });
    const amounts: number[] = [];
    for (const year of [2021, 2022, 2023, 2024]) {
      await expect(page.getByTestId(`amount-we-build-denmark-${year}`)).toContainText("Ja");
      amounts.push(await kroner(page, `amount-we-build-denmark-${year}`));
    }
    expect(fullShare("0340")).toContain(amounts[0]);
    expect(new Set(amounts).size).toBe(1);

    await page.goto("/kommuner/0340/historik");
    const rows = page.getByTestId("decision-row");
    await expect(rows.filter({ hasText: "Nej" })).toContainText("Erstattet af rettelse");
    await expect(rows.filter({ hasText: "Mødedatoen var forkert" })).toContainText("Gælder for 2021–2024");
    await expect(rows.filter({ hasText: "Mødedatoen var forkert" })).toContainText(
      "Retter registreringen af mødet 28. oktober 2021",
    );
    await expectAccessible(page);

    // The statement, the appendix, its CSV export and the share log agree.
    await page.goto("/kommuner/0340/opgoerelse");
    await expect(page.getByTestId("statement").getByRole("row").filter({ hasText: WBD })).toContainText(
      `${amounts[0]!.toLocaleString("da-DK")} kr.`,
    );
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/bilag?aar=2022");
    const wbd = page.getByRole("region", { name: WBD, exact: true });
    await expect(wbd.getByRole("row").filter({ hasText: "Sorø" })).toContainText(
      `${amounts[1]!.toLocaleString("da-DK")} kr.`,
    );
    const csv = await (await page.request.get("/sekretariat/bilag/csv?aar=2022")).text();
    expect(csv).toMatch(new RegExp(`2022;${WBD};[^;]*;0340;Sorø;\\d+;Ja;${amounts[1]};`));
    await page.goto("/sekretariat/fordelingslog");
    await expect(page.getByTestId("ledger-entry").first()).toContainText("Sorø Kommune: Ja fra 2021");
  });

  test("a mistaken 'Nej fra 2022' corrected to 'Nej fra 2023': 2022 is Ja again", async ({ page }) => {
    await signIn(page, "soroe");
    await record(page, "0340", { decision: "Nej", date: "2021-11-15" }); // default: the year after the meeting
    await expect(page.getByTestId("amount-we-build-denmark-2021")).toContainText("Ja");
    await expect(page.getByTestId("amount-we-build-denmark-2022")).toContainText("Nej");
    await record(page, "0340", {
      decision: "Nej",
      date: "2021-11-15",
      from: "2023",
      corrects: `${WBD}: Nej fra 2022 (møde 15. november 2021)`,
      reason: "Forkert år: byrådet besluttede at udtræde fra 2023",
    });
    await expect(page.getByTestId("amount-we-build-denmark-2022")).toContainText("Ja");
    expect(fullShare("0340")).toContain(await kroner(page, "amount-we-build-denmark-2022"));
    for (const year of [2023, 2024]) {
      await expect(page.getByTestId(`amount-we-build-denmark-${year}`)).toContainText("Nej");
    }
    await page.goto("/kommuner/0340/historik");
    const rows = page.getByTestId("decision-row");
    await expect(rows.filter({ hasText: "Forkert år" })).toContainText("Gælder for 2023–2024");
    await expect(rows.filter({ hasText: "Mødedatoen var forkert" })).toContainText("Gælder for 2021–2022");
    await expect(page.getByTestId("decision-coverage").filter({ hasText: "Erstattet af rettelse" })).toHaveCount(2);

    // Sorø's council joins again from 2023 (a later meeting), and grants 15.000 kr. a year — less than its share.
    await record(page, "0340", { decision: "Ja", date: "2022-11-01", approved: "15.000", save: false });
    // Warned before saving, as the field's hint promises (it came only after the save).
    await expect(page.getByTestId("preview-over-approved")).toContainText(
      `Byrådets bevilling på 15.000 kr. pr. år kan blive overskredet for ${WBD}: 2023: `,
    );
    // One full stop after the last amount («… kr.», not «… kr..»).
    await expect(page.getByTestId("preview-over-approved")).not.toContainText("..");
    await saveDecision(page);
    await expect(page.getByTestId("amount-we-build-denmark-2023")).toContainText("Ja");
    await expect(page.getByTestId("amount-we-build-denmark-2023").getByTestId("over-approved")).toContainText(
      "Over bevillingen på 15.000 kr.",
    );
    await expect(page.getByTestId("approved-warning")).toContainText("We Build Denmark 2023");
    await expectAccessible(page);
    await page.goto("/kommuner/0340/opgoerelse");
    await expect(page.getByTestId("statement")).toContainText("over bevilling (15.000 kr.)");
    await expectAccessible(page);
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat?aar=2023");
    await expect(page.getByTestId("over-approved").filter({ hasText: "Sorø" })).toContainText(
      "er over bevillingen på 15.000 kr.",
    );
  });

  test("a Nej with the default year changes no past year; a backdated one needs the box and shows the past", async ({
    page,
  }) => {
    await signIn(page, "soroe");
    await record(page, "0340", { decision: "Ja", date: "2021-03-01", only: OTHERS[1] });
    await record(page, "0340", { decision: "Nej", date: "2022-09-20", only: OTHERS[1], save: false });
    const preview = page.getByTestId("decision-preview");
    await expect(preview).toContainText("Fra 2023 deltager");
    await expect(preview.getByTestId("past-year-changes")).toHaveCount(0);
    // For one year only, the sentence names that year, not the years from it.
    const toYear = page.getByLabel("Gælder til og med år (valgfrit)");
    await toYear.selectOption("2023");
    await page.getByRole("button", { name: "Se konsekvenser" }).click();
    await expect(preview).toContainText("I 2023 deltager");
    await toYear.selectOption("");
    await page.getByRole("button", { name: "Se konsekvenser" }).click();
    await expect(preview).toContainText("Fra 2023 deltager");

    await page.getByLabel("Gælder fra år").selectOption("2021");
    await page.getByRole("button", { name: "Se konsekvenser" }).click();
    const yearField = page.getByLabel("Gælder fra år");
    await expect(yearField).toHaveAttribute("aria-invalid", "true");
    await expect(yearField).toBeFocused();
    await expect(page.getByText("Året ligger før mødets år og ændrer allerede forløbne år.")).toBeVisible();

    await page.getByLabel("Registreringen er en rettelse eller gælder med tilbagevirkende kraft").check();
    await page
      .getByLabel("Begrundelse: hvad rettes, eller hvorfor gælder den med tilbagevirkende kraft?")
      .fill("Byrådet besluttede udtræden med virkning fra 2021");
    await page.getByRole("button", { name: "Se konsekvenser" }).click();
    await expect(preview).toBeFocused();
    const past = preview.getByTestId("past-year-changes");
    await expect(past).toHaveCount(1); // 2021: the only year before the meeting year
    await expect(past.first()).toContainText("Ændrer det allerede forløbne år 2021");
    await expect(past.first().getByRole("row").filter({ hasText: "Faxe" })).toContainText("+");
    await expect(past.first().getByRole("row").filter({ hasText: "Sorø" })).toContainText("0 kr.");
    await expectAccessible(page);
    // Not saved: Sorø still takes part in 2021.
    await page.goto("/kommuner/0340");
    await expect(page.getByTestId("amount-food-bio-cluster-2021")).toContainText("Ja");

    // A correction replaces the whole registration it corrects: «Ja» corrected to «Nej» for 2021 only leaves
    // 2022–2024 without a decision — the preview says so before anything is saved.
    await page.goto("/kommuner/0340/beslutninger/ny");
    await page.getByLabel("Registreringen er en rettelse eller gælder med tilbagevirkende kraft").check();
    const corrected = page.getByLabel("Registrering, der rettes").locator("option", { hasText: `${OTHERS[1]}: Ja` });
    await record(page, "0340", {
      decision: "Nej",
      date: "2021-03-01",
      from: "2021",
      to: "2021",
      only: OTHERS[1],
      corrects: (await corrected.first().textContent())!.trim(),
      reason: "Byrådet sagde nej for 2021",
      save: false,
    });
    await expect(preview.getByTestId("undecided-after")).toContainText(
      `For 2022–2024 er der derefter ingen beslutning for ${OTHERS[1]}`,
    );
    // The table agrees: those years' amounts count Sorø in for now.
    await expect(preview.getByRole("row").filter({ hasText: /^2023/ })).toContainText("(foreløbig: afventer)");
    await expect(preview.getByRole("row").filter({ hasText: /^2021/ })).not.toContainText("afventer");
    await expectAccessible(page);

    // Picking the registration to correct starts from it: its office alone, and its fields where nothing is typed.
    await page.goto("/kommuner/0340/beslutninger/ny");
    await page.getByLabel("Dagsordenspunkt eller sagsnummer").fill("Punkt 4, rettet");
    await page.getByLabel("Registreringen er en rettelse eller gælder med tilbagevirkende kraft").check();
    await page
      .getByLabel("Registrering, der rettes")
      .selectOption({ label: (await corrected.first().textContent())!.trim() });
    const offices = page.getByRole("group", { name: "Klyngekontorer, beslutningen gælder" });
    // What is registered for an office now is said beside its tick, and read out with it.
    await expect(offices.getByRole("checkbox", { name: OTHERS[1]! })).toHaveAccessibleDescription(
      /^Registreret nu: «(Ja|Nej)» 20\d\d/,
    );
    await expect(offices.getByRole("checkbox", { checked: true })).toHaveCount(1);
    await expect(offices.getByLabel(OTHERS[1]!)).toBeChecked();
    await expect(page.getByLabel("Ja, kommunen deltager")).toBeChecked();
    await expect(page.getByLabel("Mødedato")).not.toHaveValue("");
    await expect(page.getByLabel("Besluttet af")).not.toHaveValue("");
    await expect(page.getByLabel("Dagsordenspunkt eller sagsnummer")).toHaveValue("Punkt 4, rettet"); // as typed
    await page.goto("/kommuner/0340");
    await expect(page.getByTestId("amount-food-bio-cluster-2022")).toContainText("Ja");
  });

  test("the correction box without the registration it corrects, for a year not before the meeting, is refused there", async ({
    page,
  }) => {
    await signIn(page, "soroe");
    await page.goto("/kommuner/0340/beslutninger/ny");
    // Ticked to correct, the registration left at «Ingen»: that means retroactive, and 2023 is after the 2022 meeting.
    await fillDecisionForm(page, {
      decision: "Ja",
      date: "2022-05-10",
      from: "2023",
      reference: "Punkt 9",
      offices: [WBD],
      correction: { reason: "Fejlregistrering" },
    });
    await page.getByRole("button", { name: "Se konsekvenser" }).click();
    await expect(page.getByLabel("Registrering, der rettes")).toHaveAccessibleDescription(
      "Vælg den registrering, der rettes. Beslutningen gælder fra 2023, ikke før mødets år (2022), så den har ikke " +
        "tilbagevirkende kraft. Er det ikke en rettelse, så fjern krydset.",
    );
    await expect(page.getByTestId("decision-preview")).toHaveCount(0);
    await expectAccessible(page);
  });

  test("a lead leaves from 2023: 'mangler lead' until the secretariat sets a new lead; 2021–2022 unchanged", async ({
    page,
  }) => {
    await signIn(page, "naestved");
    await expect(page.getByTestId("amount-we-build-denmark-2022")).toContainText("500.000 kr.");
    await record(page, "0370", { decision: "Nej", date: "2022-06-20", from: "2023" });
    for (const year of [2021, 2022]) {
      await expect(page.getByTestId(`amount-we-build-denmark-${year}`)).toContainText("Lead");
      await expect(page.getByTestId(`amount-we-build-denmark-${year}`)).toContainText("500.000 kr.");
    }
    for (const year of [2023, 2024]) {
      await expect(page.getByTestId(`amount-we-build-denmark-${year}`)).toContainText("Nej");
      await expect(page.getByTestId(`amount-we-build-denmark-${year}`)).toContainText("0 kr.");
    }

    await signIn(page, "sekretariat");
    await page.goto("/sekretariat?aar=2022");
    await expect(page.getByTestId("lead-missing")).toHaveCount(0);
    await page.goto("/sekretariat?aar=2023");
    await expect(page.getByTestId("lead-missing")).toContainText("Næstved har meldt sig ud");
    await page.goto("/sekretariat/indstillinger");
    const leads = page.getByTestId("leads-we-build-denmark");
    await expect(leads.getByTestId("lead-missing")).toContainText("Mangler lead i 2023, 2024");
    await leads.getByLabel("Gælder fra år").selectOption("2023");
    await leads.getByLabel(/^Næstved \(kr\. pr\. år\)/).fill("0");
    await leads.getByLabel("Ny leadkommune (valgfrit)").selectOption({ label: "Vordingborg" });
    await leads.getByLabel("Den nye leadkommunes beløb (kr. pr. år)").fill("500.000");
    await leads.getByRole("button", { name: "Gem leadbeløb" }).click();
    await expect(leads.getByTestId("notice")).toHaveText("Leadbeløbene er gemt.");
    await page.reload();
    await expect(page.getByTestId("leads-we-build-denmark").getByTestId("lead-missing")).toHaveCount(0);
    await page.goto("/sekretariat?aar=2023");
    await expect(page.getByTestId("lead-missing")).toHaveCount(0);

    await signIn(page, "vordingborg");
    await expect(page.getByTestId("amount-we-build-denmark-2023")).toContainText("Lead");
    await expect(page.getByTestId("amount-we-build-denmark-2023")).toContainText("500.000 kr.");
    await expect(page.getByTestId("amount-we-build-denmark-2022")).not.toContainText("Lead");

    // Back as it was: Næstved's council rejoins, and the secretariat makes it the lead again from 2023.
    await signIn(page, "naestved");
    await record(page, "0370", { decision: "Ja", date: "2022-12-01" });
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/indstillinger");
    const again = page.getByTestId("leads-we-build-denmark");
    // Open when there is more than one lead to split between; a user opens it when it is closed.
    if (!(await again.locator("details").evaluate((details: HTMLDetailsElement) => details.open))) {
      await again.getByText("Registrér ny lead eller fordeling for We Build Denmark").click();
    }
    await again.getByLabel("Gælder fra år").selectOption("2023");
    await again.getByLabel(/^Næstved \(kr\. pr\. år\)/).fill("500000");
    await again.getByLabel(/^Vordingborg \(kr\. pr\. år\)/).fill("0");
    await again.getByRole("button", { name: "Gem leadbeløb" }).click();
    await expect(again.getByTestId("notice")).toHaveText("Leadbeløbene er gemt.");
  });

  test("amounts that changed since the last visit are marked with their cause", async ({ page }) => {
    // The e2e server counts every view as a visit (KLYNGEPORTALEN_VISIT_MINUTES=0): this is Sorø's last visit.
    await signIn(page, "soroe");
    await page.goto("/kommuner/0340");
    await signIn(page, "kalundborg");
    await record(page, "0326", { decision: "Nej", date: "2023-05-01", from: "2024" });
    await signIn(page, "soroe");
    const cell = page.getByTestId("amount-we-build-denmark-2024");
    await expect(cell.getByTestId("changed-since-visit")).toContainText("Kalundborg Kommune: Nej fra 2024");
    await expect(page.getByTestId("changes-since-visit")).toBeVisible();
    await expect(page.getByTestId("amount-we-build-denmark-2023").getByTestId("changed-since-visit")).toHaveCount(0);
    await expectAccessible(page);
    // With the keyboard, from the top of the page to the marker's explanation.
    await tabTo(page, cell.getByRole("link", { name: "Se hvorfor" }), 120);
    await page.keyboard.press("Enter");
    // The explanation of the marked year (2024), whatever year the page opened on.
    await expect(page).toHaveURL(/aar=2024#forklaring-we-build-denmark$/);
    await expect(page.getByRole("heading", { name: "Sådan er beløbene beregnet (2024)" })).toBeVisible();
    await expect(page.locator("#forklaring-we-build-denmark")).toContainText("fordeles mellem");
    // Another year's explanation, from the year links under the heading: each office's explanation is of that year,
    // with the amount the table shows for it.
    const years = page.getByRole("navigation", { name: "Vis beregningen for et andet år" });
    await expect(years.getByRole("link", { name: "2024" })).toHaveAttribute("aria-current", "page");
    await years.getByRole("link", { name: "2022" }).click();
    await expect(page).toHaveURL(/aar=2022#explanation-heading$/);
    await expect(page.getByRole("heading", { name: "Sådan er beløbene beregnet (2022)" })).toBeVisible();
    await expect(years.getByRole("link", { name: "2022" })).toHaveAttribute("aria-current", "page");
    const explanation = page.locator("#forklaring-we-build-denmark");
    await expect(explanation.getByRole("heading")).toHaveText("We Build Denmark, 2022");
    const shown = await kroner(page, "amount-we-build-denmark-2022");
    await expect(explanation).toContainText(`I hele kroner: ${shown.toLocaleString("da-DK")} kr.`);

    // Back as it was: Kalundborg's council joins We Build Denmark again for 2024.
    await signIn(page, "kalundborg");
    await record(page, "0326", { decision: "Ja", date: "2023-06-01", from: "2024" });
  });
});
