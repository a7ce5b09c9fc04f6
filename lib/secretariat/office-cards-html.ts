/**
 * The overview's office cards — status, participation gauge and warnings per office — as HTML text (issue 17), the
 * way the matrix is written (lib/secretariat/matrix-html.ts): the server sends the cards' data once, formatted
 * (lib/secretariat/office-cards-data.ts), and this pure function writes the same HTML from it on the server and in
 * the browser (app/sekretariat/overview-parts.tsx). Every text and attribute value goes through `escape`.
 *
 * This module is in the browser bundle: it imports nothing but `escape`.
 */
import { escape } from "../html/escape";

export type OfficeStatus = "KEPT" | "AT_RISK" | "REDUCED";

export type OfficeCardData = {
  id: string;
  name: string;
  status: OfficeStatus;
  statusLabel: string;
  /** "Næstved · lead: Næstved" */
  place: string;
  /** Set when the office has no lead this year: what to tell the secretariat. */
  leadMissing?: string;
  /** "15 af 16 deltager — krav 14", and "(3 har sagt ja, 12 afventer)" while some are pending. */
  participation: string;
  pendingNote?: string;
  /** The gauge: percentages of the eligible municipalities, its words for screen readers, the threshold. */
  gauge: { yes: number; pending: number; required: number; requiredCount: number; label: string };
  /** "Ja 3 · Nej 1 · Afventer 12 · i alt 1.000.000 kr." */
  counts: string;
  warning: { tone: "danger" | "warn" | "calm"; text: string };
  lapsedPool?: string;
  overApproved: string[];
};

const STATUS_STYLES: Record<OfficeStatus, string> = {
  KEPT: "bg-green-100 text-green-900 border-green-300",
  AT_RISK: "bg-amber-50 text-amber-900 border-amber-400",
  REDUCED: "bg-red-100 text-red-900 border-red-300",
};
const TONES = {
  danger: "border-red-400 bg-red-50 text-red-900",
  warn: "border-amber-500 bg-amber-50 text-amber-950 font-semibold",
  calm: "border-slate-200 text-slate-700",
} as const;
const WARN = `<span aria-hidden="true">⚠ </span>`;

/**
 * The gauge (issue 16): how many of the office's eligible municipalities take part, in the office status's own
 * colour — "Ja" solid, "Afventer" striped (they may still say no), "Nej" empty — and a mark at the threshold with
 * its number. So 16 of 16 with nobody at "Ja" yet is a striped amber bar whose solid part has not reached the mark,
 * never a full green bar next to "I risiko". The words say the same for screen readers (role="img" + label).
 */
function gaugeHtml(status: OfficeStatus, gauge: OfficeCardData["gauge"]) {
  const { yes, pending, required } = gauge;
  return (
    `<div class="gauge gauge-${status} mt-2" data-testid="gauge" data-status="${status}">` +
    `<div role="img" aria-label="${escape(gauge.label)}" class="gauge-bar">` +
    `<div class="gauge-yes" style="width:${yes}%"></div>` +
    `<div class="gauge-pending" style="left:${yes}%;width:${pending}%"></div>` +
    `<div class="gauge-mark" style="left:${required}%" data-testid="gauge-threshold"></div></div>` +
    `<div class="gauge-scale" aria-hidden="true"><span style="left:${required}%">krav ${gauge.requiredCount}</span></div>` +
    `</div>`
  );
}

function cardHtml(card: OfficeCardData) {
  const { warning } = card;
  return (
    `<li class="rounded-lg border border-slate-200 bg-white p-4" data-testid="office-card-${escape(card.id)}">` +
    `<div class="flex items-start justify-between gap-2"><h3 class="font-semibold">${escape(card.name)}</h3>` +
    `<span class="inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${STATUS_STYLES[card.status]}">` +
    `${escape(card.statusLabel)}</span></div>` +
    `<p class="text-sm text-slate-700">${escape(card.place)}</p>` +
    (card.leadMissing
      ? `<p class="mt-1 rounded border border-red-400 bg-red-50 p-2 text-sm text-red-900" role="status" ` +
        `data-testid="lead-missing">${WARN}${escape(card.leadMissing)}</p>`
      : "") +
    `<p class="mt-2">${escape(card.participation)}` +
    (card.pendingNote ? `<span class="text-slate-700"> ${escape(card.pendingNote)}</span>` : "") +
    `</p>${gaugeHtml(card.status, card.gauge)}` +
    `<p class="text-sm text-slate-700">${escape(card.counts)}</p>` +
    `<p class="mt-2 rounded border p-2 text-sm ${TONES[warning.tone]}"` +
    `${warning.tone === "calm" ? "" : ` role="status"`} data-testid="early-warning">` +
    `${warning.tone === "calm" ? "" : WARN}${escape(warning.text)}</p>` +
    (card.lapsedPool
      ? `<p class="mt-2 rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950" ` +
        `data-testid="lapsed-pool">${escape(card.lapsedPool)}</p>`
      : "") +
    (card.overApproved.length
      ? `<ul class="mt-2 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900" data-testid="over-approved">` +
        card.overApproved.map((text) => `<li>${WARN}${escape(text)}</li>`).join("") +
        `</ul>`
      : "") +
    `</li>`
  );
}

export function officeCardsHtml(cards: OfficeCardData[]): string {
  return `<ul class="grid gap-4 sm:grid-cols-2">${cards.map(cardHtml).join("")}</ul>`;
}
