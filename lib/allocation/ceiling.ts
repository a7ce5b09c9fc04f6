/**
 * The ceiling ("højst"): the most one municipality can end up paying an office in a year, over every possible
 * outcome of the pending decisions — its own included — under the engine's rules (allocate.ts). Once every
 * decision is in, there is no "at risk": the total is kept (the pool split among the Ja) or reduced (each pays its
 * full-participation share, or its part of an agreed reduced pool).
 *
 * - Kept: a share pool × own / Σ participants is largest when the participants weigh least: the decided Ja, the
 *   municipality itself, and just enough of the smallest pending ones to reach the requirement.
 * - Reduced without an agreed pool: the full-participation share, the same in every reduced outcome.
 * - Reduced with an agreed pool: largest with the fewest participants: the decided Ja and itself.
 *
 * Whole kroner are shared by largest remainder, so a share is its exact value rounded down or up; the bound
 * rounds the largest exact value up. It is never below the true maximum and at most 1 kr. above it — and exact
 * when no other municipality is pending (then the only outcomes are "as now" and "it says no").
 * Proved against brute force in ceiling.property.test.ts.
 */
import { allocate } from "./allocate";
import { splitByLargestRemainder } from "./largest-remainder";
import { percentToBasisPoints, requiredParticipants } from "./required-participants";
import type { AllocationScenario } from "./scenario-schema";

function ceilDiv(numerator: bigint, denominator: bigint): number {
  return Number((numerator + denominator - 1n) / denominator);
}

export function shareCeiling(scenario: AllocationScenario, code: string): number {
  const self = scenario.municipalities.find((m) => m.code === code);
  if (!self) throw new RangeError(`unknown municipality ${code}`);
  if (self.decision === "NO") return 0;
  const others = scenario.municipalities.filter((m) => m.code !== code);
  const pending = others.filter((m) => m.decision === "PENDING");
  if (pending.length === 0) {
    // The outcomes are "as now" (if it says Ja) and 0: the engine's own amount is exact.
    const asYes = {
      ...scenario,
      municipalities: scenario.municipalities.map((m) => (m.code === code ? { ...m, decision: "YES" as const } : m)),
    };
    return allocate(asYes).shares.find((share) => share.code === code)!.amount;
  }
  const yes = others.filter((m) => m.decision === "YES");
  const required = requiredParticipants(
    scenario.municipalities.length,
    percentToBasisPoints(scenario.thresholdPercent),
  );
  const weight = (list: { population: number }[]) => list.reduce((sum, m) => sum + BigInt(m.population), 0n);
  const own = BigInt(self.population);
  let ceiling = 0;

  const missing = Math.max(0, required - yes.length - 1);
  if (missing <= pending.length) {
    const lightest = [...pending].sort((a, b) => a.population - b.population).slice(0, missing);
    const participants = weight(yes) + own + weight(lightest);
    ceiling = Math.max(ceiling, ceilDiv(BigInt(scenario.nonLeadPool) * own, participants));
  }
  if (yes.length + 1 < required) {
    if (scenario.poolOverride === undefined) {
      const full = splitByLargestRemainder(
        scenario.nonLeadPool,
        scenario.municipalities.map((m) => ({ code: m.code, weight: m.population })),
      );
      ceiling = Math.max(ceiling, full.get(code)!);
    } else {
      ceiling = Math.max(ceiling, ceilDiv(BigInt(scenario.poolOverride) * own, weight(yes) + own));
    }
  }
  return ceiling;
}
