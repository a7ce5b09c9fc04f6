/**
 * The municipality page's table — per office and year its decision, amount, how sure the amount is (foreløbig
 * with the reason), the ceiling, an approved amount that is exceeded, and what changed since the last visit — as
 * HTML text (issue 17), the way the overview's matrix is written (lib/secretariat/matrix-html.ts): React rendered
 * its ~600 elements twice per request (RSC payload and HTML), most of what the page cost beyond an empty one
 * (docs/decisions/0019-speed-at-the-floor.md). The page keeps the text with the amounts it was written from, which
 * are kept per computed agreement (load-municipality-overview.ts): a save makes new ones. Every text and attribute
 * value goes through `escape`.
 */
import { DECISION_ICONS, DECISION_LABELS, formatDate, formatKroner } from "../format";
import { escape } from "../secretariat/matrix-html";
import type { YearCell } from "./load-municipality-overview";

type Office = { id: string; slug: string; name: string };
export type AmountsTable = {
  years: number[];
  /** The year the table opens on, on a narrow screen (ScrollTable). */
  currentYear: number;
  offices: {
    office: Office;
    years: YearCell[];
    latestDecision: { meetingDate: Date; councilBody: string; caseReference: string } | null;
  }[];
  totals: { year: number; amount: number; ceiling: number; provisional: boolean }[];
};

/** As components/badges.tsx DecisionBadge: colour AND icon AND text (WCAG 1.4.1). */
const badge = (state: YearCell["state"]) =>
  `<span class="badge badge-${state}"><span aria-hidden="true">${DECISION_ICONS[state]}</span>` +
  `${state === "LEAD" ? "Lead" : DECISION_LABELS[state]}</span>`;

/** Why an amount is foreløbig, in words (issue 10). */
export function unsettledReasons(cell: YearCell): string[] {
  const reasons: string[] = [];
  if (cell.ownPending) reasons.push("jeres beslutning er ikke registreret");
  if (cell.pendingOthers > 0) {
    reasons.push(
      cell.pendingOthers === 1
        ? "1 kommune har ikke besluttet sig"
        : `${cell.pendingOthers} kommuner har ikke besluttet sig`,
    );
  }
  if (cell.unsettled.includes("LEAD_MISSING")) reasons.push("kontoret mangler en leadkommune");
  if (cell.unsettled.includes("REDUCED_WITHOUT_POOL")) reasons.push("den reducerede pulje er ikke aftalt");
  return reasons;
}

function changeText(changed: NonNullable<YearCell["changed"]>): string {
  const { cause } = changed;
  if (cause.kind === "DECISION") {
    return `${cause.municipality} Kommune: ${DECISION_LABELS[cause.decision]} fra ${cause.fromYear}`;
  }
  return cause.note ? `ændrede indstillinger (${cause.note})` : "ændrede indstillinger";
}

/** One office-year: its decision, the amount and how sure it is, the ceiling, the approved amount, the change. */
export function amountCellHtml(cell: YearCell, explanationId: string): string {
  const provisional = !cell.settled && cell.state !== "NO";
  const reasons = provisional ? unsettledReasons(cell) : [];
  let html =
    badge(cell.state) +
    `<span class="mt-1 block font-medium tabular-nums">${escape(formatKroner(cell.amount))}` +
    (provisional ? `<span class="ml-1 text-xs font-medium text-amber-900">(foreløbig)</span>` : "") +
    `</span>`;
  if (reasons.length > 0) html += `<span class="block text-xs text-slate-700">${escape(reasons.join("; "))}</span>`;
  if (provisional && cell.ceiling > cell.amount) {
    html += `<span class="block text-xs text-slate-700" data-testid="ceiling">højst ${escape(formatKroner(cell.ceiling))}</span>`;
  }
  if (cell.approved !== null && (cell.overApproved || cell.ceilingOverApproved)) {
    html +=
      `<span class="mt-1 block text-xs font-medium text-red-800" data-testid="over-approved">` +
      `<span aria-hidden="true">⚠ </span>${cell.overApproved ? "Over" : "Kan komme over"} bevillingen på ` +
      `${escape(formatKroner(cell.approved))}</span>`;
  }
  if (cell.changed) {
    html +=
      `<span class="mt-1 block text-xs text-brand-900" data-testid="changed-since-visit">` +
      `<span aria-hidden="true">● </span>Ændret siden dit sidste besøg (før ${escape(formatKroner(cell.changed.previousAmount))}): ` +
      `${escape(changeText(cell.changed))}. <a href="#${escape(explanationId)}" class="underline">Se hvorfor</a></span>`;
  }
  return html;
}

export const AMOUNTS_TABLE_CAPTION = "Beslutning og beløb pr. klyngekontor pr. år";

export function amountsTableHtml({ years, currentYear, offices, totals }: AmountsTable): string {
  const head = years
    .map(
      (year) =>
        `<th scope="col" class="px-3 py-2 text-right"${year === currentYear ? ' data-current-column="true"' : ""}>${year}</th>`,
    )
    .join("");
  const body = offices
    .map(({ office, years: cells, latestDecision }) => {
      const slug = escape(office.slug);
      const latest = latestDecision
        ? `Seneste beslutning: ${formatDate(latestDecision.meetingDate)}, ${latestDecision.councilBody}, ${latestDecision.caseReference}`
        : "Ingen beslutning registreret";
      return (
        `<tr class="border-t border-slate-200 align-top" data-testid="office-row-${slug}">` +
        `<th scope="row" class="px-3 py-2"><span class="font-medium">${escape(office.name)}</span>` +
        `<span class="block text-xs font-normal text-slate-700">${escape(latest)}</span></th>` +
        cells
          .map(
            (cell) =>
              `<td class="px-3 py-2 text-right" data-testid="amount-${slug}-${cell.year}">` +
              `${amountCellHtml(cell, `forklaring-${office.slug}`)}</td>`,
          )
          .join("") +
        `</tr>`
      );
    })
    .join("");
  const totalCells = totals
    .map(
      (t) =>
        `<td class="px-3 py-2 text-right tabular-nums"><span data-testid="total-${t.year}">${escape(formatKroner(t.amount))}</span>` +
        (t.provisional ? `<span class="block text-xs font-medium text-amber-900">(foreløbig)</span>` : "") +
        `</td>`,
    )
    .join("");
  const ceilingCells = totals
    .map(
      (t) =>
        `<td class="px-3 py-2 text-right tabular-nums" data-testid="ceiling-total-${t.year}">${escape(formatKroner(t.ceiling))}</td>`,
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
