/**
 * The allocation engine: one cluster office in one year (KKR Sjælland's recommendation; rules in
 * docs/decisions/0003-shares-and-rounding.md). Pure: no framework, no database. Every amount the app shows
 * comes from here.
 */
import { splitAmounts } from "./largest-remainder";
import { percentToBasisPoints, requiredParticipants } from "./required-participants";
import type { AllocationScenario } from "./scenario-schema";

export type ThresholdStatus = "KEPT" | "AT_RISK" | "REDUCED";

export type Share = { code: string; amount: number; provisional: boolean };

export type Allocation = {
  eligible: number;
  required: number;
  yes: number;
  pending: number;
  no: number;
  status: ThresholdStatus;
  pool: number;
  total: number;
  /** One per participating (YES or PENDING) municipality, in input order. */
  shares: Share[];
};

/** Expects a scenario validated by scenarioSchema. */
export function allocate(scenario: AllocationScenario): Allocation {
  const { municipalities } = scenario;
  // One pass, no closures: the engine runs this for every office-year of a region (issue 17).
  let yes = 0;
  let pending = 0;
  let no = 0;
  for (const m of municipalities) {
    if (m.decision === "YES") yes += 1;
    else if (m.decision === "PENDING") pending += 1;
    else no += 1;
  }
  const eligible = municipalities.length;
  const required = requiredParticipants(eligible, percentToBasisPoints(scenario.thresholdPercent));
  const status: ThresholdStatus = yes >= required ? "KEPT" : yes + pending >= required ? "AT_RISK" : "REDUCED";

  const weights: number[] = [];
  const codes: string[] = [];
  // Nobody pays more than under full participation: reduced without an agreed pool, each keeps their share of
  // the full split (so everyone is weighed, and the "Nej" are left out afterwards).
  const everyone = status === "REDUCED" && scenario.poolOverride === undefined;
  for (const m of municipalities) {
    if (everyone || m.decision !== "NO") (weights.push(m.population), codes.push(m.code));
  }
  const amounts = splitAmounts(
    status === "REDUCED" && scenario.poolOverride !== undefined ? scenario.poolOverride : scenario.nonLeadPool,
    weights,
    codes,
  );

  // The participants (not "Nej") in input order; with everyone weighed, amounts[i] belongs to municipality i.
  const shares: Share[] = [];
  let pool = 0;
  let next = 0;
  for (let i = 0; i < municipalities.length; i++) {
    const m = municipalities[i]!;
    if (m.decision === "NO") continue;
    const amount = amounts[everyone ? i : next++]!;
    shares.push({ code: m.code, amount, provisional: m.decision === "PENDING" });
    pool += amount;
  }
  let leads = 0;
  for (const lead of scenario.leads) leads += lead.amount;
  return { eligible, required, yes, pending, no, status, pool, total: pool + leads, shares };
}
