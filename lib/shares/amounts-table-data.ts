/**
 * The municipality page's table as data for lib/shares/amounts-table-html.ts (issue 17): every sentence, amount and
 * date formatted here, on the server (da-DK), so the HTML written in the browser is the server's, character for
 * character.
 */
import { DECISION_LABELS, formatDate, formatDecisionYears, formatKroner } from "../format";
import type { AmountsCellData, AmountsTableData } from "./amounts-table-html";
import type { YearCell } from "./load-municipality-overview";
import { periodHref } from "../periods/period-href";
import type { DecisionFacts } from "../decisions/decision-facts";

type Office = { id: string; slug: string; name: string };
export type AmountsTable = {
  /** The period shown: "Se hvorfor" opens the explanation of the marked year in it. */
  periodId: string;
  years: number[];
  /** The year the table opens on, on a narrow screen (ScrollTable). */
  currentYear: number;
  offices: {
    office: Office;
    years: YearCell[];
    latestDecision: DecisionFacts | null;
  }[];
  totals: { year: number; amount: number; ceiling: number; provisional: boolean }[];
};

/** Why an amount is foreløbig, in words (issue 10). */
export function unsettledReasons(cell: YearCell): string[] {
  const reasons: string[] = [];
  // «kommunens», not «jeres»: the table is kept once per municipality and shown to the secretariat too.
  if (cell.ownPending) reasons.push("kommunens beslutning er ikke registreret");
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
    return `${cause.municipality} Kommune: ${DECISION_LABELS[cause.decision]} ${formatDecisionYears(cause.fromYear, cause.toYear)}`;
  }
  return cause.note ? `ændrede indstillinger (${cause.note})` : "ændrede indstillinger";
}

/**
 * The municipality's latest decision on the office, with the years it covers: after a decision for one year only, the
 * other years still say that no decision is registered, and the line says why.
 */
function latestText(d: DecisionFacts): string {
  const years = formatDecisionYears(d.effectiveFromYear, d.effectiveToYear);
  return (
    `Seneste beslutning: ${DECISION_LABELS[d.decision]} ${years} ` +
    `(møde ${formatDate(d.meetingDate)}, ${d.councilBody}, ${d.caseReference})`
  );
}

/** One office-year: its decision, the amount and how sure it is, the ceiling, the approved amount, the change. */
function cellData(cell: YearCell, explanationOf: (year: number) => string): AmountsCellData {
  const provisional = !cell.settled && cell.state !== "NO";
  const reasons = provisional ? unsettledReasons(cell) : [];
  return {
    year: cell.year,
    state: cell.state,
    amount: formatKroner(cell.amount),
    ...(provisional ? { provisional: true } : {}),
    ...(reasons.length ? { reasons: reasons.join("; ") } : {}),
    ...(provisional && cell.ceiling > cell.amount ? { ceiling: `højst ${formatKroner(cell.ceiling)}` } : {}),
    ...(cell.approved !== null && (cell.overApproved || cell.ceilingOverApproved)
      ? {
          overApproved: `${cell.overApproved ? "Over" : "Kan komme over"} bevillingen på ${formatKroner(cell.approved)}`,
        }
      : {}),
    ...(cell.changed
      ? {
          changed: {
            text:
              `Ændret siden dit sidste besøg (før ${formatKroner(cell.changed.previousAmount)}): ` +
              `${changeText(cell.changed)}.`,
            explanation: explanationOf(cell.year),
          },
        }
      : {}),
  };
}

export function amountsTableData({ periodId, years, currentYear, offices, totals }: AmountsTable): AmountsTableData {
  return {
    years,
    currentYear,
    rows: offices.map(({ office, years: cells, latestDecision }) => ({
      slug: office.slug,
      name: office.name,
      latest: latestDecision ? latestText(latestDecision) : "Ingen beslutning registreret",
      // The page explains one year's amounts (?aar=); the explanation of a marked cell is its own year's.
      cells: cells.map((cell) =>
        cellData(
          cell,
          (year) => `${periodHref("", { periode: periodId, aar: String(year) })}#forklaring-${office.slug}`,
        ),
      ),
    })),
    totals: totals.map((t) => ({
      year: t.year,
      amount: formatKroner(t.amount),
      ceiling: formatKroner(t.ceiling),
      ...(t.provisional ? { provisional: true } : {}),
    })),
  };
}
