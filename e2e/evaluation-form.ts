/**
 * The evaluation form (app/klyngekontorer/[officeId]/evalueringer/[year]) filled as an office's user fills it: one way
 * for every spec.
 */
import type { Page } from "@playwright/test";

export const EVALUATION_FIGURES = {
  "Antal virksomheder engageret": "120",
  "Heraf SMV'er": "95",
  "Antal arrangementer": "14",
  "Deltagere i arrangementer": "860",
  "Igangsatte samarbejdsprojekter": "6",
  "Tiltrukket ekstern finansiering (kr.)": "2.400.000",
};

/** A small PDF as the browser uploads it. */
export const pdfFile = (name: string, text = name) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`),
});

export async function fillEvaluationForm(
  page: Page,
  o: {
    figures?: Partial<Record<keyof typeof EVALUATION_FIGURES, string>>;
    summary?: string;
    report?: ReturnType<typeof pdfFile>;
  } = {},
) {
  for (const [label, value] of Object.entries({ ...EVALUATION_FIGURES, ...o.figures }))
    await page.getByLabel(label, { exact: true }).fill(value);
  await page
    .getByLabel(/Kort opsummering/)
    .fill(o.summary ?? "Klyngekontoret har engageret 120 virksomheder i Region Sjælland.");
  if (o.report) await page.getByLabel(/Evalueringsrapport/).setInputFiles(o.report);
}
