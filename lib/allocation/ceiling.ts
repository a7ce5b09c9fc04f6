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
import { allocate, type Allocation } from "./allocate";
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

/**
 * Every municipality's ceiling in one office-year at once — the same numbers as shareCeiling per municipality
 * (ceiling.property.test.ts), without running the engine or the full split again for each one (issue 17: that
 * made the engine quadratic in the municipalities). `current` must be allocate(scenario).
 */
export function shareCeilings(scenario: AllocationScenario, current: Allocation): Map<string, number> {
  const { municipalities } = scenario;
  const result = new Map<string, number>();
  const required = requiredParticipants(municipalities.length, percentToBasisPoints(scenario.thresholdPercent));
  // The pending ones, lightest first (a stable sort: the same order shareCeiling sorts the others in).
  const pending = municipalities.filter((m) => m.decision === "PENDING").sort((a, b) => a.population - b.population);
  const lighter = [0n];
  for (const m of pending) lighter.push(lighter.at(-1)! + BigInt(m.population));
  const position = new Map(pending.map((m, index) => [m.code, index]));
  const yes = municipalities.filter((m) => m.decision === "YES");
  const yesWeight = yes.reduce((sum, m) => sum + BigInt(m.population), 0n);
  const today = new Map(current.shares.map((share) => [share.code, share.amount]));
  let full: Map<string, number> | undefined;

  for (const self of municipalities) {
    const { code } = self;
    if (self.decision === "NO") {
      result.set(code, 0);
      continue;
    }
    const own = BigInt(self.population);
    const isPending = self.decision === "PENDING";
    const othersPending = pending.length - (isPending ? 1 : 0);
    if (othersPending === 0) {
      result.set(code, isPending ? shareCeiling(scenario, code) : today.get(code)!);
      continue;
    }
    const othersYes = yes.length - (isPending ? 0 : 1);
    const othersYesWeight = yesWeight - (isPending ? 0n : own);
    let ceiling = 0;
    const missing = Math.max(0, required - othersYes - 1);
    if (missing <= othersPending) {
      // The `missing` lightest pending ones other than itself.
      const index = position.get(code);
      const lightest = index !== undefined && index < missing ? lighter[missing + 1]! - own : lighter[missing]!;
      ceiling = Math.max(ceiling, ceilDiv(BigInt(scenario.nonLeadPool) * own, othersYesWeight + own + lightest));
    }
    if (othersYes + 1 < required) {
      if (scenario.poolOverride === undefined) {
        full ??= splitByLargestRemainder(
          scenario.nonLeadPool,
          municipalities.map((m) => ({ code: m.code, weight: m.population })),
        );
        ceiling = Math.max(ceiling, full.get(code)!);
      } else {
        ceiling = Math.max(ceiling, ceilDiv(BigInt(scenario.poolOverride) * own, othersYesWeight + own));
      }
    }
    result.set(code, ceiling);
  }
  return result;
}
