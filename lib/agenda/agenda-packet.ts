/**
 * The council's agenda attachment (dagsordensbilag, issue 16): what one municipality pays each office each year of
 * a period, how sure each amount is and the most it can become, with the rules in two sentences, the date and the
 * data version. Built from the same model the municipality page renders (lib/shares/load-municipality-overview.ts),
 * so the PDF cannot say anything the page does not. Pure: the PDF (agenda-pdf.ts) and the tests read this.
 */
import { DECISION_LABELS, formatBasisPoints, formatDate, formatKroner, STATUS_LABELS } from "../format";
import { officeAmounts } from "../offices/office-amounts";
import type { YearCell } from "../shares/load-municipality-overview";

export type AgendaOfficeYear = {
  year: number;
  /** Ja / Nej / Afventer / Lead: the municipality's own decision in force that year. */
  decision: string;
  amount: number;
  ceiling: number;
  /** Can still change (others or the municipality have not decided, a lead is missing, a pool is not agreed). */
  provisional: boolean;
  /** The office's status that year (Fastholdt / I risiko / Reduceret). */
  status: string;
  /** "over bevillingen på 20.000 kr." when the amount or the ceiling exceeds what the council granted. */
  warning: string | null;
};

export type AgendaPacket = {
  title: string;
  kkrName: string;
  municipalityName: string;
  periodName: string;
  firstYear: number;
  lastYear: number;
  population: number;
  populationBasisDate: Date;
  populationNote: string | null;
  offices: { name: string; city: string; leads: string[]; years: AgendaOfficeYear[] }[];
  totals: { year: number; amount: number; ceiling: number; provisional: boolean }[];
  periodTotal: number;
  periodCeiling: number;
  /** The rules, in two sentences. */
  rules: [string, string];
  generatedOn: Date;
  dataVersion: number;
};

type OverviewLike = {
  agreement: {
    name: string;
    firstYear: number;
    lastYear: number;
    populationBasisDate: Date;
    populationNote: string | null;
    thresholdBasisPoints: number;
    leadContribution: number;
    nonLeadPool: number;
    dataVersion: number;
  };
  population: number;
  offices: {
    office: {
      name: string;
      city: string;
      leadContribution: number | null;
      nonLeadPool: number | null;
      leads: { municipality: { name: string } }[];
    };
    years: YearCell[];
  }[];
  totals: { year: number; amount: number; ceiling: number; provisional: boolean }[];
};

const decisionLabel = (state: YearCell["state"]) => (state === "LEAD" ? "Lead" : DECISION_LABELS[state]);

export function buildAgendaPacket({
  overview,
  municipalityName,
  kkrName,
  today,
}: {
  overview: OverviewLike;
  municipalityName: string;
  kkrName: string;
  /** The business date the attachment is made on (lib/clock.ts). */
  today: Date;
}): AgendaPacket {
  const { agreement } = overview;
  const amounts = overview.offices.map(({ office }) => officeAmounts(office, agreement));
  const samePool = amounts.every((a) => a.nonLeadPool === amounts[0]?.nonLeadPool);
  const pool = samePool && amounts[0] ? ` på ${formatKroner(amounts[0].nonLeadPool)} pr. kontor pr. år` : "";
  return {
    title: `${municipalityName} Kommunes medfinansiering af de regionale klyngekontorer ${agreement.firstYear}–${agreement.lastYear}`,
    kkrName,
    municipalityName,
    periodName: agreement.name,
    firstYear: agreement.firstYear,
    lastYear: agreement.lastYear,
    population: overview.population,
    populationBasisDate: agreement.populationBasisDate,
    populationNote: agreement.populationNote,
    offices: overview.offices.map(({ office, years }) => ({
      name: office.name,
      city: office.city,
      leads: [...new Set(office.leads.map((lead) => lead.municipality.name))],
      years: years.map((cell) => ({
        year: cell.year,
        decision: decisionLabel(cell.state),
        amount: cell.amount,
        ceiling: cell.ceiling,
        provisional: !cell.settled && cell.state !== "NO",
        status: STATUS_LABELS[cell.status],
        warning:
          cell.approved !== null && (cell.overApproved || cell.ceilingOverApproved)
            ? `${cell.overApproved ? "over" : "kan komme over"} bevillingen på ${formatKroner(cell.approved)}`
            : null,
      })),
    })),
    totals: overview.totals,
    periodTotal: overview.totals.reduce((sum, t) => sum + t.amount, 0),
    periodCeiling: overview.totals.reduce((sum, t) => sum + t.ceiling, 0),
    rules: [
      `Leadkommunen betaler et fast bidrag, og puljen${pool} fordeles mellem de deltagende kommuner efter indbyggertal ` +
        `pr. ${formatDate(agreement.populationBasisDate)} i hele kroner.`,
      `Totalen fastholdes, så længe mindst ${formatBasisPoints(agreement.thresholdBasisPoints)} af de øvrige kommuner ` +
        "deltager; ellers reduceres den, og kontorets opgaver tilpasses i dialog med klyngen.",
    ],
    generatedOn: today,
    dataVersion: agreement.dataVersion,
  };
}

/** The file name a council secretary will recognise in the ESDH: "dagsordensbilag-faxe-2021-2024.pdf". */
export function agendaFileName(municipalityName: string, firstYear: number, lastYear: number, extension: string) {
  const slug = municipalityName
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "oe")
    .replaceAll("å", "aa")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `dagsordensbilag-${slug}-${firstYear}-${lastYear}.${extension}`;
}
