/** The summary of a new period to confirm before it is stored (issue 12): per office its amounts and leads per year. */
import type { PeriodInput } from "./period-schema";
import { formatDate } from "../format";

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
};

export function summarizePeriod(input: PeriodInput, municipalities: { id: string; name: string }[]): PeriodSummaryView {
  const name = (id: string) => municipalities.find((m) => m.id === id)?.name ?? id;
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
  };
}
