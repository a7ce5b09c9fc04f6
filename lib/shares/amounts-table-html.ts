/**
 * The municipality page's table — per office and year its decision, amount, how sure the amount is (foreløbig
 * with the reason), the ceiling, an approved amount that is exceeded, and what changed since the last visit — as
 * HTML text (issue 17), the way the overview's matrix is written (lib/secretariat/matrix-html.ts): the server sends
 * the table's data once, formatted (./amounts-table-data.ts), and this pure function writes the same HTML from it on
 * the server and in the browser (app/kommuner/[code]/amounts-table-parts.tsx). Every text and attribute value goes
 * through `escape`.
 *
 * This module is in the browser bundle: it imports only the labels (lib/format.ts) and `escape`.
 */
import { DECISION_ICONS, DECISION_LABELS } from "../format";
import { escape } from "../html/escape";

type CellState = "YES" | "NO" | "PENDING" | "LEAD";
export type AmountsCellData = {
  year: number;
  state: CellState;
  /** "12.345 kr." */
  amount: string;
  provisional?: true;
  /** Why it is foreløbig, in words. */
  reasons?: string;
  /** "højst 20.000 kr." */
  ceiling?: string;
  /** "Over bevillingen på 10.000 kr." */
  overApproved?: string;
  /** "Ændret siden dit sidste besøg (før 9.000 kr.): Faxe Kommune: Nej fra 2025.", and where that year's amounts
   *  are explained ("?periode=…&aar=2025#forklaring-clean"). */
  changed?: { text: string; explanation: string };
};
export type AmountsTableData = {
  years: number[];
  currentYear: number;
  rows: { slug: string; name: string; latest: string; cells: AmountsCellData[] }[];
  totals: { year: number; amount: string; ceiling: string; provisional?: true }[];
};

export const AMOUNTS_TABLE_CAPTION = "Beslutning og beløb pr. klyngekontor pr. år";

/** As components/badges.tsx DecisionBadge: colour AND icon AND text (WCAG 1.4.1). */
const badge = (state: CellState) =>
  `<span class="badge badge-${state}"><span aria-hidden="true">${DECISION_ICONS[state]}</span>` +
  `${state === "LEAD" ? "Lead" : DECISION_LABELS[state]}</span>`;

function cellHtml(cell: AmountsCellData): string {
  let html =
    badge(cell.state) +
    `<span class="mt-1 block font-medium tabular-nums">${escape(cell.amount)}` +
    (cell.provisional ? `<span class="ml-1 text-xs font-medium text-amber-900">(foreløbig)</span>` : "") +
    `</span>`;
  if (cell.reasons) html += `<span class="block text-xs text-slate-700">${escape(cell.reasons)}</span>`;
  if (cell.ceiling)
    html += `<span class="block text-xs text-slate-700" data-testid="ceiling">${escape(cell.ceiling)}</span>`;
  if (cell.overApproved) {
    html +=
      `<span class="mt-1 block text-xs font-medium text-red-800" data-testid="over-approved">` +
      `<span aria-hidden="true">⚠ </span>${escape(cell.overApproved)}</span>`;
  }
  if (cell.changed) {
    html +=
      `<span class="mt-1 block text-xs text-brand-900" data-testid="changed-since-visit">` +
      `<span aria-hidden="true">● </span>${escape(cell.changed.text)} ` +
      `<a href="${escape(cell.changed.explanation)}" class="underline">Se hvorfor</a></span>`;
  }
  return html;
}

export function amountsTableHtml({ years, currentYear, rows, totals }: AmountsTableData): string {
  const head = years
    .map(
      (year) =>
        `<th scope="col" class="px-3 py-2 text-right"${year === currentYear ? ' data-current-column="true"' : ""}>${year}</th>`,
    )
    .join("");
  const body = rows
    .map(({ slug, name, latest, cells }) => {
      const id = escape(slug);
      return (
        `<tr class="border-t border-slate-200 align-top" data-testid="office-row-${id}">` +
        `<th scope="row" class="px-3 py-2"><span class="font-medium">${escape(name)}</span>` +
        `<span class="block text-xs font-normal text-slate-700">${escape(latest)}</span></th>` +
        cells
          .map(
            (cell) =>
              `<td class="px-3 py-2 text-right" data-testid="amount-${id}-${cell.year}">` + `${cellHtml(cell)}</td>`,
          )
          .join("") +
        `</tr>`
      );
    })
    .join("");
  const totalCells = totals
    .map(
      (t) =>
        `<td class="px-3 py-2 text-right tabular-nums"><span data-testid="total-${t.year}">${escape(t.amount)}</span>` +
        (t.provisional ? `<span class="block text-xs font-medium text-amber-900">(foreløbig)</span>` : "") +
        `</td>`,
    )
    .join("");
  const ceilingCells = totals
    .map(
      (t) =>
        `<td class="px-3 py-2 text-right tabular-nums" data-testid="ceiling-total-${t.year}">${escape(t.ceiling)}</td>`,
    )
    .join("");
  return (
    `<table class="w-full text-left text-sm"><caption class="sr-only">${AMOUNTS_TABLE_CAPTION}</caption>` +
    `<thead class="bg-slate-100"><tr><th scope="col" class="px-3 py-2">Klyngekontor</th>${head}</tr></thead>` +
    `<tbody>${body}</tbody>` +
    `<tfoot class="border-t-2 border-slate-300"><tr class="font-semibold"><th scope="row" class="px-3 py-2">I alt pr. år</th>${totalCells}</tr>` +
    `<tr><th scope="row" class="px-3 py-2 font-normal">Højst pr. år <span class="block text-xs text-slate-700">det mest, kommunen kan komme til at betale</span></th>${ceilingCells}</tr>` +
    `</tfoot></table>`
  );
}
