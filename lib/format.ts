/** da-DK formats used everywhere in the UI: 1.234.567 kr., 26. november 2026. */
const kroner = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 });
const integer = new Intl.NumberFormat("da-DK");
const longDate = new Intl.DateTimeFormat("da-DK", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/Copenhagen",
});
const dateTime = new Intl.DateTimeFormat("da-DK", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Copenhagen",
});

export const formatKroner = (amount: number) => `${kroner.format(amount)} kr.`;
/** A settlement or a change: "+1.234 kr.", "−1.234 kr." (a true minus sign), "0 kr.". */
export const formatSignedKroner = (amount: number) =>
  `${amount > 0 ? "+" : amount < 0 ? "−" : ""}${kroner.format(Math.abs(amount))} kr.`;
export const formatNumber = (value: number) => integer.format(value);
/** A number and its noun, singular or plural: "1 kommune", "3 kommuner", "1.204 rækker". */
export const formatCount = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;
export const formatDate = (date: Date) => longDate.format(date);
export const formatDateTime = (date: Date) => dateTime.format(date);
/** A calendar date kept as text ("2021-04-10", as a form or a file gives it) → "10. april 2021". */
export const formatIsoDate = (iso: string) => longDate.format(new Date(`${iso}T12:00:00Z`));
/** Years as a reader says them: [2022, 2023, 2024] → "2022–2024", [2021, 2023] → "2021 og 2023". */
export function formatYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return runs.length > 1 ? `${runs.slice(0, -1).join(", ")} og ${runs.at(-1)}` : (runs[0] ?? "");
}
/** The years a council's decision covers: "fra 2025" (open-ended), "2025–2026", or "2025" (one year). */
export const formatDecisionYears = (fromYear: number, toYear: number | null) =>
  toYear === null ? `fra ${fromYear}` : toYear === fromYear ? `${fromYear}` : `${fromYear}–${toYear}`;
/** 8500 → "85 %", 8550 → "85,5 %" */
export const formatBasisPoints = (bp: number) =>
  `${new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 }).format(bp / 100)} %`;

export const DECISION_LABELS = { YES: "Ja", NO: "Nej", PENDING: "Afventer" } as const;
/** The icon beside each decision's word (colour is never the only signal, WCAG 1.4.1); .matrix draws the same. */
export const DECISION_ICONS = { YES: "✓", NO: "✕", PENDING: "…", LEAD: "★" } as const;
export const STATUS_LABELS = { KEPT: "Fastholdt", AT_RISK: "I risiko", REDUCED: "Reduceret" } as const;
export const ROLE_LABELS: Record<string, string> = {
  SECRETARIAT: "KKR-sekretariat",
  MUNICIPAL_CONTACT: "Kommunal kontaktperson",
  CLUSTER_OFFICE: "Klyngekontor",
  ADMIN: "Administrator",
};

/**
 * A period as the picker names it: «Regionale klyngekontorer 2021-2024» as it is, «Vækstaftalen» with its years
 * added — the years once, not «… 2021-2024 (2021–2024)».
 */
export function periodLabel({ name, firstYear, lastYear }: { name: string; firstYear: number; lastYear: number }) {
  const namesItsYears = name.includes(String(firstYear)) && name.includes(String(lastYear));
  return namesItsYears ? name : `${name} (${firstYear}–${lastYear})`;
}

/**
 * Who is counted in an office-year, said the same way in the decision's preview and the secretariat's mail: «10 har
 * sagt ja, 2 afventer; krav 13», or «krav 13» when nobody is waiting. A municipality that has not decided counts as
 * taking part, so the total «12 af 15» alone reads as twelve yeses.
 */
export function participationDetail({ yes, pending, required }: { yes: number; pending: number; required: number }) {
  return pending > 0 ? `${yes} har sagt ja, ${pending} afventer; krav ${required}` : `krav ${required}`;
}
