/** The summary of a new period to confirm before it is stored (issue 12): per office its amounts and leads per year. */
import type { PeriodInput } from "./period-schema";
import { formatCount, formatDate } from "../format";
import { daysUntil } from "../notices/reminder-buckets";

export type PeriodSummaryView = {
  name: string;
  firstYear: number;
  lastYear: number;
  years: string;
  thresholdPercent: number;
  populationBasisDate: string;
  populationNote: string | null;
  offices: {
    name: string;
    leadContribution: number;
    nonLeadPool: number;
    decisionDueDate: string | null;
    leads: { name: string; amount: number; years: string }[];
  }[];
  /** What all offices together cost the region's municipalities per year. */
  totalPerYear: number;
  /**
   * An office's decision deadline that has already passed: nobody has decided in a new period, so every municipality
   * that is not its lead would be told at once that it is overdue (lib/settings/past-deadlines.ts says the same on
   * Indstillinger). Creating the period then needs a tick.
   */
  pastDeadline: string | null;
};

export function summarizePeriod(
  input: PeriodInput,
  municipalities: { id: string; name: string }[],
  today: Date,
): PeriodSummaryView {
  const name = (id: string) => municipalities.find((m) => m.id === id)?.name ?? id;
  const late = input.office.filter((office) => office.decisionDueDate && daysUntil(office.decisionDueDate, today) < 0);
  const told = municipalities.filter((m) =>
    late.some((office) => !office.lead.some((lead) => lead.municipalityId === m.id)),
  ).length;
  const lateDays = [...new Set(late.map((office) => formatDate(office.decisionDueDate!)))];
  return {
    name: input.name,
    firstYear: input.firstYear,
    lastYear: input.lastYear,
    years: `${input.firstYear}–${input.lastYear}`,
    thresholdPercent: input.thresholdPercent / 100,
    populationBasisDate: formatDate(input.populationBasisDate),
    populationNote: input.populationNote ?? null,
    offices: input.office.map((office) => ({
      name: office.name,
      leadContribution: office.leadContribution,
      nonLeadPool: office.nonLeadPool,
      decisionDueDate: office.decisionDueDate ? formatDate(office.decisionDueDate) : null,
      leads: office.lead.map((lead) => ({
        name: name(lead.municipalityId),
        amount: lead.amount,
        years: `${lead.fromYear ?? input.firstYear}–${lead.toYear ?? input.lastYear}`,
      })),
    })),
    totalPerYear: input.office.reduce((sum, office) => sum + office.leadContribution + office.nonLeadPool, 0),
    pastDeadline: late.length
      ? `${lateDays.length === 1 ? "Fristen" : "Fristerne"} for beslutninger om ${late.map((o) => o.name).join(", ")} ` +
        `(${lateDays.join(", ")}) er allerede overskredet. Når perioden er oprettet, får ` +
        `${formatCount(told, "kommune", "kommuner")} en mail om, at fristen er overskredet, ved næste udsendelse.`
      : null,
  };
}
