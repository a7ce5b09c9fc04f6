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
import { splitAmounts, splitByLargestRemainder } from "./largest-remainder";
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
 * made the engine quadratic in the municipalities). `current` must be allocate(scenario). Plain integer
 * arithmetic in doubles when every product fits below 2^53 (always, for real regions); BigInt otherwise.
 */
export function shareCeilings(scenario: AllocationScenario, current: Allocation): Map<string, number> {
  const ceilings = shareCeilingsInOrder(scenario, current);
  return new Map(scenario.municipalities.map((m, i) => [m.code, ceilings[i]!]));
}

/** shareCeilings by position: entry i is the ceiling of `scenario.municipalities[i]` (the engine's form). */
export function shareCeilingsInOrder(scenario: AllocationScenario, current: Allocation): number[] {
  const { municipalities } = scenario;
  const count = municipalities.length;
  const into = new Array<number>(count);
  if (current.pending === 0) {
    // Every decision is in (most office-years, most of the time): each pays at most what it pays now; "Nej" 0.
    let share = 0;
    for (let i = 0; i < count; i++)
      into[i] = municipalities[i]!.decision === "NO" ? 0 : current.shares[share++]!.amount;
    return into;
  }
  const required = requiredParticipants(count, percentToBasisPoints(scenario.thresholdPercent));
  let yesCount = 0;
  let yesWeight = 0;
  let totalWeight = 0;
  // The pending ones by index, lightest first (a stable sort: the same order shareCeiling sorts the others in).
  const pending: number[] = [];
  for (let i = 0; i < count; i++) {
    const m = municipalities[i]!;
    totalWeight += m.population;
    if (m.decision === "YES") ((yesCount += 1), (yesWeight += m.population));
    else if (m.decision === "PENDING") pending.push(i);
  }
  // Stable insertion sort by population (a few dozen at most; no comparator function per pair).
  for (let k = 1; k < pending.length; k++) {
    const index = pending[k]!;
    const population = municipalities[index]!.population;
    let j = k;
    while (j > 0 && municipalities[pending[j - 1]!]!.population > population)
      ((pending[j] = pending[j - 1]!), (j -= 1));
    pending[j] = index;
  }
  const rank: number[] = [];
  for (let i = 0; i < count; i++) rank.push(-1);
  const lighter = [0];
  for (let k = 0; k < pending.length; k++) {
    rank[pending[k]!] = k;
    lighter.push(lighter[k]! + municipalities[pending[k]!]!.population);
  }
  const largestPool = Math.max(scenario.nonLeadPool, scenario.poolOverride ?? 0);
  const exact = Number.isSafeInteger(totalWeight) && Number.isSafeInteger(largestPool * totalWeight);
  const pool = scenario.nonLeadPool;
  let full: number[] | undefined;
  let share = 0; // current.shares lists the participants (not "Nej") in the same order

  for (let i = 0; i < count; i++) {
    const self = municipalities[i]!;
    if (self.decision === "NO") {
      into[i] = 0;
      continue;
    }
    const today = current.shares[share++]!.amount;
    const own = self.population;
    const isPending = self.decision === "PENDING";
    const othersPending = pending.length - (isPending ? 1 : 0);
    if (othersPending === 0) {
      into[i] = isPending ? shareCeiling(scenario, self.code) : today;
      continue;
    }
    const othersYes = yesCount - (isPending ? 0 : 1);
    const othersYesWeight = yesWeight - (isPending ? 0 : own);
    let ceiling = 0;
    const missing = Math.max(0, required - othersYes - 1);
    if (missing <= othersPending) {
      // The `missing` lightest pending ones other than itself.
      const lightest = rank[i]! >= 0 && rank[i]! < missing ? lighter[missing + 1]! - own : lighter[missing]!;
      ceiling = Math.max(ceiling, shareUp(exact, pool, own, othersYesWeight + own + lightest));
    }
    if (othersYes + 1 < required) {
      if (scenario.poolOverride === undefined) {
        full ??= splitAmounts(
          pool,
          municipalities.map((m) => m.population),
          municipalities.map((m) => m.code),
        );
        ceiling = Math.max(ceiling, full[i]!);
      } else {
        ceiling = Math.max(ceiling, shareUp(exact, scenario.poolOverride, own, othersYesWeight + own));
      }
    }
    into[i] = ceiling;
  }
  return into;
}

/** ⌈amount × own / weight⌉; `small` when every product is below 2^53. */
function shareUp(small: boolean, amount: number, own: number, weight: number): number {
  return small ? ceilDivSmall(amount * own, weight) : ceilDiv(BigInt(amount) * BigInt(own), BigInt(weight));
}

/** ⌈product / denominator⌉ for whole numbers below 2^53 (the caller checked): exact in doubles. */
function ceilDivSmall(product: number, denominator: number): number {
  let quotient = Math.floor(product / denominator);
  // The division is rounded; its floor may be one off. Integers below 2^53 correct it exactly.
  let remainder = product - quotient * denominator;
  if (remainder < 0) ((quotient -= 1), (remainder += denominator));
  else if (remainder >= denominator) ((quotient += 1), (remainder -= denominator));
  return remainder > 0 ? quotient + 1 : quotient;
}
