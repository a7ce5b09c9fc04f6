/**
 * The decision matrix as HTML text (issue 17). A region's matrix is municipalities × offices — 29 × 8 cells in
 * Hovedstaden, some 2.000 elements. React rendered them twice per request, and then the same markup travelled
 * twice more: once in the HTML and once, escaped, in the RSC payload that Next inlines in the HTML for hydration.
 *
 * So the server sends the matrix's *data* once, short and already formatted (`matrixData`, kept per computed
 * agreement: app/sekretariat/decision-matrix.tsx), and one pure function writes the same HTML from it on both sides
 * (`matrixHtml`, called by the client component app/sekretariat/matrix-table.tsx — on the server for the HTML, in
 * the browser for hydration and client-side navigation). Its markup is short — the cell styles are the table's
 * (`.matrix`, app/globals.css) — and every text and attribute value goes through `escape`.
 *
 * This module is in the browser bundle: it imports only the labels (lib/format.ts).
 */

import { DECISION_LABELS } from "../format";
import { escape } from "../html/escape";

export type MatrixView = "status" | "beloeb";
type CellState = "YES" | "NO" | "PENDING" | "LEAD";

/** Everything the matrix shows, formatted on the server (da-DK): the browser only puts it together. */
export type MatrixData = {
  view: MatrixView;
  caption: string;
  /** The period shown: the municipality pages open on it. */
  periodId: string;
  offices: { id: string; name: string }[];
  /** The tooltips' texts, each once ("Besluttet 10. april 2025"); a status cell points into it. */
  notes: string[];
  rows: {
    code: string;
    name: string;
    population: string;
    /** Status view: [state, index into notes]. Amount view: [state, amount, 1 if foreløbig]. */
    cells: ([CellState, number] | [CellState, string, 0 | 1])[];
    /** Amount view: what the municipality pays in all. */
    total?: string;
  }[];
  totals: { population: string; offices?: string[]; all?: string };
};

const label = (state: CellState) => (state === "LEAD" ? "Lead" : DECISION_LABELS[state]);

export function matrixHtml(data: MatrixData): string {
  const amounts = data.view === "beloeb";
  // A badge as components/badges.tsx DecisionBadge — colour AND icon AND word (WCAG 1.4.1) — that is also the
  // tooltip: the note shows on hover and keyboard focus and is read by screen readers after a comma only they get.
  // The state is the cell's class; the badge, its icon, the tooltip and the comma are the stylesheet's
  // (.decisions in app/globals.css), so each of the 232 cells in Hovedstaden is short.
  const statusCell = ([state, note]: [CellState, number]) =>
    `<td class="${state}"><span tabindex="0">${label(state)}<span>${escape(data.notes[note] ?? "")}</span></span></td>`;
  const amountCell = ([state, amount, provisional]: [CellState, string, 0 | 1]) =>
    `<td class="n">${escape(amount)}<span class="block text-xs text-slate-700">` +
    `${label(state)}${provisional ? " · foreløbig" : ""}</span></td>`;
  const head = [
    `<th scope="col">Kommune</th>`,
    `<th scope="col" class="n">Indbyggere</th>`,
    ...data.offices.map((o) => `<th scope="col"${amounts ? ' class="n"' : ""}>${escape(o.name)}</th>`),
    amounts ? `<th scope="col" class="n">I alt</th>` : "",
  ].join("");
  const body = data.rows
    .map((row) => {
      const href = `/kommuner/${encodeURIComponent(row.code)}?periode=${encodeURIComponent(data.periodId)}`;
      const cells = row.cells
        .map((cell) =>
          amounts ? amountCell(cell as [CellState, string, 0 | 1]) : statusCell(cell as [CellState, number]),
        )
        .join("");
      return (
        `<tr><th scope="row"><a href="${escape(href)}">${escape(row.name)}</a></th>` +
        `<td class="n">${escape(row.population)}</td>${cells}` +
        (amounts
          ? `<td class="n font-medium" data-testid="row-total-${escape(row.code)}">${escape(row.total ?? "")}</td>`
          : "") +
        `</tr>`
      );
    })
    .join("");
  const foot = amounts
    ? data.offices
        .map(
          (office, index) =>
            `<td class="n" data-testid="office-total-${escape(office.id)}">${escape(data.totals.offices?.[index] ?? "")}</td>`,
        )
        .join("") + `<td class="n">${escape(data.totals.all ?? "")}</td>`
    : `<td colspan="${data.offices.length}"></td>`;
  return (
    `<table class="matrix${amounts ? "" : " decisions"} w-full text-left text-sm" data-testid="matrix-${data.view}">` +
    `<caption class="sr-only">${escape(data.caption)}</caption>` +
    `<thead class="bg-slate-100"><tr>${head}</tr></thead><tbody>${body}</tbody>` +
    `<tfoot class="border-t-2 border-slate-300 font-semibold"><tr><th scope="row">` +
    `I alt (${data.rows.length} ${data.rows.length === 1 ? "kommune" : "kommuner"})</th>` +
    `<td class="n" data-testid="population-total">${escape(data.totals.population)}</td>${foot}</tr></tfoot></table>`
  );
}
