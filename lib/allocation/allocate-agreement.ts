/**
 * Every office × every year of an agreement, through the one engine (allocate). Pure: the data comes from
 * lib/shares/load-agreement.ts (the app) or the CLI's agreement file. This is the only place the app turns
 * decisions into amounts. The rules over time are in docs/decisions/0014-decisions-over-time.md:
 * - decisions: corrections void what they correct; the rest apply in meeting order (decisions-by-year.ts);
 * - leads are per year (from/to); a lead whose council says "Nej" for a year stops paying its lead amount that
 *   year and is an ordinary eligible municipality with its "Nej"; the office-year "mangler lead" and nothing is
 *   redistributed until the secretariat records a new lead or split for those years;
 * - an office-year is settled when nobody eligible is pending, it has its leads, and it is not reduced without an
 *   agreed pool; every amount says how sure it is, and its ceiling (ceiling.ts).
 */
import { allocate, type Allocation } from "./allocate";
import { shareCeilings } from "./ceiling";
import { decisionsByYear, type DecisionRecord, type YearState } from "./decisions-by-year";
import type { AllocationScenario, DecisionState } from "./scenario-schema";

export type LeadRecord = { code: string; amount: number; fromYear?: number | null; toYear?: number | null };

export type AgreementInput = {
  firstYear: number;
  lastYear: number;
  nonLeadPool: number;
  thresholdBasisPoints: number;
  municipalities: { code: string; name: string; population: number }[];
  offices: {
    id: string;
    /** Each lead with the years it leads (default: the whole period) and its yearly amount. */
    leads: LeadRecord[];
    decisions: DecisionRecord[];
    /** Agreed reduced pool per year (only used when that year is REDUCED). */
    poolOverrides: { year: number; amount: number }[];
    /** The office's own pool, when the period sets one per office; default: the agreement's. */
    nonLeadPool?: number;
  }[];
};

export type MunicipalityYearState = { code: string } & YearState;

export type UnsettledReason = "PENDING" | "LEAD_MISSING" | "REDUCED_WITHOUT_POOL";

export type OfficeYearAllocation = {
  officeId: string;
  year: number;
  allocation: Allocation;
  /** The leads paying this year: configured for the year, and not left by their council's "Nej". */
  leads: { code: string; amount: number }[];
  /** Configured as lead for the year, but their council said "Nej" for it. */
  leadsLeft: string[];
  /** No lead configured for the year, or one has left. */
  leadMissing: boolean;
  /** Decision in force for every eligible municipality (not leading the office this year), in agreement order. */
  states: MunicipalityYearState[];
  /** Decision in force for the paying leads (their own council's decision, for the record). */
  leadStates: MunicipalityYearState[];
  settled: boolean;
  unsettled: UnsettledReason[];
  /** The most each payer can end up paying (leads: their amount; "Nej": 0). */
  ceilings: Map<string, number>;
};

function leadsOfYear(leads: readonly LeadRecord[], year: number, firstYear: number, lastYear: number) {
  return leads.filter((lead) => (lead.fromYear ?? firstYear) <= year && year <= (lead.toYear ?? lastYear));
}

export function allocateAgreement(input: AgreementInput): OfficeYearAllocation[] {
  const result: OfficeYearAllocation[] = [];
  const codes = input.municipalities.map((m) => m.code);
  for (const office of input.offices) {
    const byYear = decisionsByYear(office.decisions, codes, input.firstYear, input.lastYear);
    for (let year = input.firstYear; year <= input.lastYear; year++) {
      // Plain literals, not spreads: the engine runs for every office-year of a region on each change (issue 17).
      const stateOf = (code: string): MunicipalityYearState => {
        const { state, decisionId } = byYear.get(code)!.get(year)!;
        return decisionId === undefined ? { code, state } : { code, state, decisionId };
      };
      const configured = leadsOfYear(office.leads, year, input.firstYear, input.lastYear);
      const leadsLeft = configured.filter((lead) => stateOf(lead.code).state === "NO").map((lead) => lead.code);
      const leads = configured
        .filter((lead) => !leadsLeft.includes(lead.code))
        .map((lead) => ({ code: lead.code, amount: lead.amount }));
      const leadCodes = new Set(leads.map((lead) => lead.code));
      const eligible = input.municipalities.filter((m) => !leadCodes.has(m.code));
      const states = eligible.map((m) => stateOf(m.code));
      const scenario: AllocationScenario = {
        nonLeadPool: office.nonLeadPool ?? input.nonLeadPool,
        thresholdPercent: input.thresholdBasisPoints / 100,
        poolOverride: office.poolOverrides.find((override) => override.year === year)?.amount,
        leads,
        municipalities: eligible.map((m, index) => ({
          code: m.code,
          name: m.name,
          population: m.population,
          decision: states[index]!.state,
        })),
      };
      const allocation = allocate(scenario);
      const unsettled: UnsettledReason[] = [];
      if (allocation.pending > 0) unsettled.push("PENDING");
      if (configured.length === 0 || leadsLeft.length > 0) unsettled.push("LEAD_MISSING");
      if (allocation.status === "REDUCED" && scenario.poolOverride === undefined)
        unsettled.push("REDUCED_WITHOUT_POOL");
      const ceilings = new Map<string, number>(leads.map((lead) => [lead.code, lead.amount]));
      for (const [code, ceiling] of shareCeilings(scenario, allocation)) ceilings.set(code, ceiling);
      result.push({
        officeId: office.id,
        year,
        allocation,
        leads,
        leadsLeft,
        leadMissing: unsettled.includes("LEAD_MISSING"),
        states,
        leadStates: leads.map((lead) => stateOf(lead.code)),
        settled: unsettled.length === 0,
        unsettled,
        ceilings,
      });
    }
  }
  return result;
}

export type PayerAmount = {
  amount: number;
  /** Its own council's decision is still pending (the amount assumes it takes part). */
  provisional: boolean;
  isLead: boolean;
  /** The most it can end up paying for this office-year. */
  ceiling: number;
  /** Its decision in force this year (leads too), if any. */
  state: DecisionState | "LEAD";
  decisionId?: string;
};

/** What one municipality pays an office in a year: its lead amount, its share, or 0 — and how sure that is. */
export function amountFor(entry: OfficeYearAllocation, code: string): PayerAmount {
  const lead = entry.leads.find((l) => l.code === code);
  if (lead) {
    const own = entry.leadStates.find((s) => s.code === code);
    return {
      amount: lead.amount,
      provisional: false,
      isLead: true,
      ceiling: lead.amount,
      state: "LEAD",
      decisionId: own?.decisionId,
    };
  }
  const share = entry.allocation.shares.find((s) => s.code === code);
  const own = entry.states.find((s) => s.code === code);
  return {
    amount: share?.amount ?? 0,
    provisional: share?.provisional ?? false,
    isLead: false,
    ceiling: entry.ceilings.get(code) ?? 0,
    state: own?.state ?? "PENDING",
    decisionId: own?.decisionId,
  };
}
