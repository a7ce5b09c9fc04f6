/**
 * The decision matrix as HTML text (issue 17). A region's matrix is municipalities × offices — 29 × 8 cells in
 * Hovedstaden, some 2.000 elements — and React rendered them twice per request (the RSC payload and the HTML),
 * which was most of the overview's cost (docs/decisions/0019-speed-at-the-floor.md). Written once per
 * computed agreement, year, filter and view (app/sekretariat/decision-matrix.tsx keeps it with the overview), and
 * inserted as it is. Its markup is short — the cell styles are the table's (`.matrix`, app/globals.css) — and every
 * text and attribute value goes through `escape`.
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

const stateLabel = (state: MatrixCell["state"]) => (state === "LEAD" ? "Lead" : DECISION_LABELS[state]);

function cellNote(cell: MatrixCell): string {
  if (cell.state === "LEAD") return "Leadkommune";
  if (cell.meetingDate) return `Besluttet ${formatDate(cell.meetingDate)}`;
  return "Ingen beslutning registreret";
}

function statusCell(cell: MatrixCell) {
  // A badge as components/badges.tsx DecisionBadge — colour AND icon AND word (WCAG 1.4.1), the icon drawn by CSS
  // here (.matrix .badge::before, hidden from screen readers) — that is also the tooltip: the decision date shows
  // on hover and keyboard focus, and is read by screen readers (.tip) after a comma only they get. Short markup: 232 cells in Hovedstaden.
  return (
    `<td><span tabindex="0" class="tip badge badge-${cell.state}">${stateLabel(cell.state)}` +
    `<span class="tip-text"><span class="sr-only">, </span>${escape(cellNote(cell))}</span></span></td>`
  );
}

function amountCell(cell: MatrixCell) {
  return (
    `<td class="n">${escape(formatKroner(cell.amount))}` +
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
    `<th scope="col">Kommune</th>`,
    `<th scope="col" class="n">Indbyggere</th>`,
    ...offices.map((o) => `<th scope="col"${amounts ? ' class="n"' : ""}>${escape(o.name)}</th>`),
    amounts ? `<th scope="col" class="n">I alt</th>` : "",
  ].join("");
  const body = rows
    .map((row) => {
      const href = `/kommuner/${encodeURIComponent(row.code)}?periode=${encodeURIComponent(periodId)}`;
      return (
        `<tr><th scope="row"><a href="${escape(href)}">${escape(row.name)}</a></th>` +
        `<td class="n">${escape(formatNumber(row.population))}</td>` +
        row.cells.map(amounts ? amountCell : statusCell).join("") +
        (amounts
          ? `<td class="n font-medium" data-testid="row-total-${escape(row.code)}">` +
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
            `<td class="n" data-testid="office-total-${escape(office.id)}">` +
            `${escape(formatKroner(officeTotals[index]!))}</td>`,
        )
        .join("") + `<td class="n">${escape(formatKroner(officeTotals.reduce((sum, total) => sum + total, 0)))}</td>`
    : `<td colspan="${offices.length}"></td>`;
  return (
    `<table class="matrix w-full text-left text-sm" data-testid="matrix-${view}">` +
    `<caption class="sr-only">${escape(matrixCaption(view, year))}</caption>` +
    `<thead class="bg-slate-100"><tr>${head}</tr></thead><tbody>${body}</tbody>` +
    `<tfoot class="border-t-2 border-slate-300 font-semibold"><tr><th scope="row">` +
    `I alt (${rows.length} kommuner)</th>` +
    `<td class="n" data-testid="population-total">` +
    `${escape(formatNumber(totalPopulation))}</td>${foot}</tr></tfoot></table>`
  );
}
