/**
 * The decision matrix as HTML text (issue 17). A region's matrix is municipalities × offices — 29 × 8 cells in
 * Hovedstaden, some 2.000 elements — and React rendered them twice per request (the RSC payload and the HTML),
 * which was most of the overview's cost (docs/decisions/0019-speed-at-the-floor.md). Written once per
 * computed agreement, year, filter and view (app/sekretariat/decision-matrix.tsx keeps it with the overview), and
 * inserted as it is. The same markup the component had: every text and attribute value goes through `escape`.
 */
import { DECISION_LABELS, formatDate, formatKroner, formatNumber } from "../format";
import type { MatrixCell } from "./load-overview";

export type MatrixView = "status" | "beloeb";
export type MatrixProps = {
  /** The period shown: the municipality pages open on it. */
  periodId: string;
  year: number;
  view: MatrixView;
  offices: { id: string; name: string }[];
  rows: { code: string; name: string; population: number; cells: MatrixCell[] }[];
  totalPopulation: number;
};

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
export const escape = (text: string | number) => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const DECISION_ICONS = { YES: "✓", NO: "✕", PENDING: "…", LEAD: "★" } as const;
const stateLabel = (state: MatrixCell["state"]) => (state === "LEAD" ? "Lead" : DECISION_LABELS[state]);

function cellNote(cell: MatrixCell): string {
  if (cell.state === "LEAD") return "Leadkommune";
  if (cell.meetingDate) return `Besluttet ${formatDate(cell.meetingDate)}`;
  return "Ingen beslutning registreret";
}

/** As components/badges.tsx DecisionBadge: colour AND icon AND text (WCAG 1.4.1). */
const badge = (state: MatrixCell["state"]) =>
  `<span class="badge badge-${state}"><span aria-hidden="true">${DECISION_ICONS[state]}</span>${stateLabel(state)}</span>`;

function statusCell(cell: MatrixCell) {
  // The decision date shows on hover and keyboard focus, and is read by screen readers (.tip).
  return (
    `<td class="px-3 py-2"><span tabindex="0" class="tip">${badge(cell.state)}` +
    `<span class="tip-text">, ${escape(cellNote(cell))}</span></span></td>`
  );
}

function amountCell(cell: MatrixCell) {
  return (
    `<td class="px-3 py-2 text-right tabular-nums">${escape(formatKroner(cell.amount))}` +
    `<span class="block text-xs text-slate-700">${stateLabel(cell.state)}${cell.provisional ? " · foreløbig" : ""}` +
    `</span></td>`
  );
}

export function matrixCaption(view: MatrixView, year: number) {
  return view === "beloeb"
    ? `Kommunernes beløb pr. klyngekontor i ${year}`
    : `Kommunernes beslutninger pr. klyngekontor i ${year}`;
}

export function matrixHtml({ periodId, year, view, offices, rows, totalPopulation }: MatrixProps): string {
  const amounts = view === "beloeb";
  const officeTotals = offices.map((_office, index) => rows.reduce((sum, row) => sum + row.cells[index]!.amount, 0));
  const head = [
    `<th scope="col" class="px-3 py-2">Kommune</th>`,
    `<th scope="col" class="px-3 py-2 text-right">Indbyggere</th>`,
    ...offices.map((o) => `<th scope="col" class="px-3 py-2${amounts ? " text-right" : ""}">${escape(o.name)}</th>`),
    amounts ? `<th scope="col" class="px-3 py-2 text-right">I alt</th>` : "",
  ].join("");
  const body = rows
    .map((row) => {
      const href = `/kommuner/${encodeURIComponent(row.code)}?periode=${encodeURIComponent(periodId)}`;
      return (
        `<tr class="border-t border-slate-200"><th scope="row" class="px-3 py-2 font-medium">` +
        `<a class="text-brand-700 underline" href="${escape(href)}">${escape(row.name)}</a></th>` +
        `<td class="px-3 py-2 text-right tabular-nums">${escape(formatNumber(row.population))}</td>` +
        row.cells.map(amounts ? amountCell : statusCell).join("") +
        (amounts
          ? `<td class="px-3 py-2 text-right font-medium tabular-nums" data-testid="row-total-${escape(row.code)}">` +
            `${escape(formatKroner(row.cells.reduce((sum, cell) => sum + cell.amount, 0)))}</td>`
          : "") +
        `</tr>`
      );
    })
    .join("");
  const foot = amounts
    ? offices
        .map(
          (office, index) =>
            `<td class="px-3 py-2 text-right tabular-nums" data-testid="office-total-${escape(office.id)}">` +
            `${escape(formatKroner(officeTotals[index]!))}</td>`,
        )
        .join("") +
      `<td class="px-3 py-2 text-right tabular-nums">` +
      `${escape(formatKroner(officeTotals.reduce((sum, total) => sum + total, 0)))}</td>`
    : `<td colspan="${offices.length}"></td>`;
  return (
    `<table class="w-full text-left text-sm" data-testid="matrix-${view}">` +
    `<caption class="sr-only">${escape(matrixCaption(view, year))}</caption>` +
    `<thead class="bg-slate-100"><tr>${head}</tr></thead><tbody>${body}</tbody>` +
    `<tfoot class="border-t-2 border-slate-300 font-semibold"><tr><th scope="row" class="px-3 py-2">` +
    `I alt (${rows.length} kommuner)</th>` +
    `<td class="px-3 py-2 text-right tabular-nums" data-testid="population-total">` +
    `${escape(formatNumber(totalPopulation))}</td>${foot}</tr></tfoot></table>`
  );
}
