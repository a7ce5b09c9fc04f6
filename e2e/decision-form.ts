/**
 * The decision form (app/kommuner/[code]/beslutninger/ny) filled as a user fills it: one way for every spec. Only what
 * a spec gives is touched, so a spec that relies on what the form proposes (the offices, the year from) leaves it.
 */
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

export type DecisionFormValues = {
  decision: "Ja" | "Nej";
  /** The meeting date, `yyyy-mm-dd`. */
  date: string;
  /** Dagsordenspunkt eller sagsnummer. */
  reference: string;
  /** Besluttet af. */
  body?: "Kommunalbestyrelsen" | "Byrådet";
  /** The offices the decision is for, as the form names them; the others are unticked. All, when not given. */
  offices?: string[];
  from?: string;
  to?: string;
  /** Bevilget beløb pr. år for kontoret. */
  approved?: string;
  note?: string;
  /** A correction or a backdated decision, with its reason, and the registration it corrects if any. */
  correction?: { reason: string; corrects?: string };
  minutes?: { name: string; mimeType: string; buffer: Buffer };
};

export async function fillDecisionForm(page: Page, o: DecisionFormValues) {
  if (o.offices) {
    const offices = page.getByRole("group", { name: "Klyngekontorer, beslutningen gælder" }).locator("label");
    // all() does not wait: the form may still be on its way after a click on «Registrér beslutning».
    await offices.first().waitFor();
    for (const office of await offices.all()) {
      await office.getByRole("checkbox").setChecked(o.offices.includes((await office.innerText()).trim()));
    }
  }
  await page.getByLabel(o.decision === "Ja" ? "Ja, kommunen deltager" : "Nej, kommunen deltager ikke").check();
  await page.getByLabel("Besluttet af").selectOption(o.body ?? "Kommunalbestyrelsen");
  // The date first: the year from is proposed from it.
  await page.getByLabel("Mødedato").fill(o.date);
  if (o.from) await page.getByLabel("Gælder fra år").selectOption(o.from);
  if (o.to) await page.getByLabel("Gælder til og med år (valgfrit)").selectOption(o.to);
  await page.getByLabel("Dagsordenspunkt eller sagsnummer").fill(o.reference);
  if (o.approved) await page.getByLabel("Bevilget beløb pr. år for kontoret (valgfrit)").fill(o.approved);
  if (o.note) await page.getByLabel("Bemærkning (valgfri)").fill(o.note);
  if (o.correction) {
    await page.getByLabel("Registreringen er en rettelse eller gælder med tilbagevirkende kraft").check();
    if (o.correction.corrects) {
      await page.getByLabel("Registrering, der rettes").selectOption({ label: o.correction.corrects });
    }
    await page
      .getByLabel("Begrundelse: hvad rettes, eller hvorfor gælder den med tilbagevirkende kraft?")
      .fill(o.correction.reason);
  }
  if (o.minutes) await page.getByLabel(/Referat som PDF/).setInputFiles(o.minutes);
}

/** «Se konsekvenser»: the preview of what the decision does. */
export async function previewDecision(page: Page, timeout?: number) {
  await page.getByRole("button", { name: "Se konsekvenser" }).click();
  await expect(page.getByTestId("decision-preview")).toBeVisible({ timeout });
}

/** «Gem beslutning», and the answer that it is saved. */
export async function saveDecision(page: Page, timeout?: number) {
  await page.getByRole("button", { name: "Gem beslutning" }).click();
  await expect(page.getByTestId("notice")).toContainText("Beslutningen er gemt", { timeout });
}

/** The form of a municipality, filled, previewed and saved. */
export async function recordDecision(page: Page, code: string, o: DecisionFormValues) {
  await page.goto(`/kommuner/${code}/beslutninger/ny`);
  await fillDecisionForm(page, o);
  await previewDecision(page);
  await saveDecision(page);
}
