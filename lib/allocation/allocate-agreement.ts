/**
 * Every office × every year of an agreement, through the one engine (allocate). Pure: the data comes from
 * lib/shares/load-agreement.ts. This is the only place the app turns decisions into amounts.
 */
import { allocate, type Allocation } from "./allocate";
import { decisionsByYear, type DecisionRecord } from "./decisions-by-year";
import type { DecisionState } from "./scenario-schema";

export type AgreementInput = {
  firstYear: number;
  lastYear: number;
  nonLeadPool: number;
  thresholdBasisPoints: number;
  municipalities: { code: string; name: string; population: number }[];
  offices: {
    id: string;
    leads: { code: string; amount: number }[];
    decisions: DecisionRecord[];
    /** Agreed reduced pool per year (only used when that year is REDUCED). */
    poolOverrides: { year: number; amount: number }[];
  }[];
};

export type MunicipalityYearState = { code: string; state: DecisionState; decisionId?: string };

export type OfficeYearAllocation = {
  officeId: string;
  year: number;
  allocation: Allocation;
  leads: { code: string; amount: number }[];
  /** Decision in force for every eligible (non-lead) municipality, in the agreement's municipality order. */
  states: MunicipalityYearState[];
};

export function allocateAgreement(input: AgreementInput): OfficeYearAllocation[] {
  const result: OfficeYearAllocation[] = [];
  for (const office of input.offices) {
    const leadCodes = new Set(office.leads.map((lead) => lead.code));
    const eligible = input.municipalities.filter((m) => !leadCodes.has(m.code));
    const byYear = decisionsByYear(
      office.decisions,
      eligible.map((m) => m.code),
      input.firstYear,
      input.lastYear,
    );
    for (let year = input.firstYear; year <= input.lastYear; year++) {
      const states = eligible.map((m) => ({ code: m.code, ...byYear.get(m.code)!.get(year)! }));
      const allocation = allocate({
        nonLeadPool: input.nonLeadPool,
        thresholdPercent: input.thresholdBasisPoints / 100,
        poolOverride: office.poolOverrides.find((override) => override.year === year)?.amount,
        leads: office.leads,
        municipalities: eligible.map((m, index) => ({ ...m, decision: states[index]!.state })),
      });
      result.push({ officeId: office.id, year, allocation, leads: office.leads, states });
    }
  }
  return result;
}

/** What one municipality pays an office in a year: its lead amount, its share, or 0. */
export function amountFor(
  entry: OfficeYearAllocation,
  code: string,
): { amount: number; provisional: boolean; isLead: boolean } {
  const lead = entry.leads.find((l) => l.code === code);
  if (lead) return { amount: lead.amount, provisional: false, isLead: true };
  const share = entry.allocation.shares.find((s) => s.code === code);
  return { amount: share?.amount ?? 0, provisional: share?.provisional ?? false, isLead: false };
}
