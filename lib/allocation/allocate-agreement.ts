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
import { shareCeilingsInOrder } from "./ceiling";
import { governingDecisions, type DecisionRecord, type YearState } from "./decisions-by-year";
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
  /** The most each eligible municipality can end up paying, in the order of `states` ("Nej": 0; leads pay their
   * amount). */
  ceilings: number[];
};

/** The decision in force as the engine reports it (a plain literal: no spreads in the engine's loop, issue 17). */
function yearState(code: string, record: DecisionRecord | undefined): MunicipalityYearState {
  if (!record) return { code, state: "PENDING" };
  // The engine's own constants, not the database's strings: every later comparison and lookup of the state is then
  // the cheap kind (a string read from the database is a new string object each time).
  const state = record.decision === "YES" ? "YES" : "NO";
  return record.id === undefined ? { code, state } : { code, state, decisionId: record.id };
}

function isLead(leads: readonly { code: string }[], code: string): boolean {
  for (const lead of leads) if (lead.code === code) return true;
  return false;
}

/**
 * The engine runs for every office-year of a region on each change and on every page that is not cached (issue
 * 17): one pass over the municipalities per office-year, the decisions in force read from one flat table.
 */
export function allocateAgreement(input: AgreementInput): OfficeYearAllocation[] {
  const result: OfficeYearAllocation[] = [];
  const { municipalities, firstYear, lastYear } = input;
  const years = lastYear - firstYear + 1;
  const index = new Map<string, number>();
  municipalities.forEach((m, i) => index.set(m.code, i));
  const thresholdPercent = input.thresholdBasisPoints / 100;
  // The engine's input per municipality and decision, made once: allocate only reads them.
  const asEligible = municipalities.map((m) => ({
    YES: { code: m.code, name: m.name, population: m.population, decision: "YES" as const },
    NO: { code: m.code, name: m.name, population: m.population, decision: "NO" as const },
    PENDING: { code: m.code, name: m.name, population: m.population, decision: "PENDING" as const },
  }));
  for (const office of input.offices) {
    const governing = governingDecisions(office.decisions, index, firstYear, lastYear);
    // One state object per decision in force, shared by the years it governs (nothing changes them afterwards).
    const stateAt: MunicipalityYearState[] = new Array(governing.length);
    for (let i = 0; i < municipalities.length; i++) {
      for (let cell = i * years; cell < (i + 1) * years; cell++) {
        stateAt[cell] =
          cell > i * years && governing[cell] === governing[cell - 1]
            ? stateAt[cell - 1]!
            : yearState(municipalities[i]!.code, governing[cell]);
      }
    }
    const stateOf = (code: string, year: number) => stateAt[index.get(code)! * years + year - firstYear]!;
    for (let year = firstYear; year <= lastYear; year++) {
      const configured: LeadRecord[] = [];
      for (const lead of office.leads) {
        if ((lead.fromYear ?? firstYear) <= year && year <= (lead.toYear ?? lastYear)) configured.push(lead);
      }
      const leads: { code: string; amount: number }[] = [];
      const leadStates: MunicipalityYearState[] = [];
      const leadsLeft: string[] = [];
      for (const lead of configured) {
        const own = stateOf(lead.code, year);
        if (own.state === "NO") leadsLeft.push(lead.code);
        else (leads.push({ code: lead.code, amount: lead.amount }), leadStates.push(own));
      }
      const states: MunicipalityYearState[] = [];
      const eligible: AllocationScenario["municipalities"] = [];
      for (let i = 0; i < municipalities.length; i++) {
        const m = municipalities[i]!;
        if (isLead(leads, m.code)) continue;
        const state = stateAt[i * years + year - firstYear]!;
        states.push(state);
        eligible.push(asEligible[i]![state.state]);
      }
      let poolOverride: number | undefined;
      for (const override of office.poolOverrides) {
        if (override.year === year) {
          poolOverride = override.amount;
          break;
        }
      }
      const scenario: AllocationScenario = {
        nonLeadPool: office.nonLeadPool ?? input.nonLeadPool,
        thresholdPercent,
        poolOverride,
        leads,
        municipalities: eligible,
      };
      const allocation = allocate(scenario);
      const leadMissing = configured.length === 0 || leadsLeft.length > 0;
      const unsettled: UnsettledReason[] = [];
      if (allocation.pending > 0) unsettled.push("PENDING");
      if (leadMissing) unsettled.push("LEAD_MISSING");
      if (allocation.status === "REDUCED" && poolOverride === undefined) unsettled.push("REDUCED_WITHOUT_POOL");
      const ceilings = shareCeilingsInOrder(scenario, allocation);
      result.push({
        officeId: office.id,
        year,
        allocation,
        leads,
        leadsLeft,
        leadMissing,
        states,
        leadStates,
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
  const index = entry.states.findIndex((s) => s.code === code);
  const own = entry.states[index];
  return {
    amount: share?.amount ?? 0,
    provisional: share?.provisional ?? false,
    isLead: false,
    ceiling: entry.ceilings[index] ?? 0,
    state: own?.state ?? "PENDING",
    decisionId: own?.decisionId,
  };
}
