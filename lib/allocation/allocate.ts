/**
 * The allocation engine: one cluster office in one year (KKR Sjælland's recommendation; rules in
 * docs/decisions/0003-shares-and-rounding.md). Pure: no framework, no database. Every amount the app shows
 * comes from here.
 */
import { splitByLargestRemainder } from "./largest-remainder";
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
  const count = (decision: string) => municipalities.filter((m) => m.decision === decision).length;
  const yes = count("YES");
  const pending = count("PENDING");
  const no = count("NO");
  const eligible = municipalities.length;
  const required = requiredParticipants(eligible, percentToBasisPoints(scenario.thresholdPercent));
  const status: ThresholdStatus = yes >= required ? "KEPT" : yes + pending >= required ? "AT_RISK" : "REDUCED";

  const participants = municipalities.filter((m) => m.decision !== "NO");
  const weigh = (list: typeof municipalities) => list.map((m) => ({ code: m.code, weight: m.population }));

  let amounts: Map<string, number>;
  if (status !== "REDUCED") {
    amounts = splitByLargestRemainder(scenario.nonLeadPool, weigh(participants));
  } else if (scenario.poolOverride !== undefined) {
    amounts = splitByLargestRemainder(scenario.poolOverride, weigh(participants));
  } else {
    // Nobody pays more than under full participation: each keeps their share of the full split.
    amounts = splitByLargestRemainder(scenario.nonLeadPool, weigh(municipalities));
  }

  const shares = participants.map((m) => ({
    code: m.code,
    amount: amounts.get(m.code) ?? 0,
    provisional: m.decision === "PENDING",
  }));
  const pool = shares.reduce((sum, share) => sum + share.amount, 0);
  const leads = scenario.leads.reduce((sum, lead) => sum + lead.amount, 0);
  return { eligible, required, yes, pending, no, status, pool, total: pool + leads, shares };
}
