/**
 * Split a whole-kroner amount in proportion to integer weights by the largest-remainder method
 * (docs/decisions/0003-shares-and-rounding.md): everyone gets the floor of their exact share; the kroner
 * left over go one each to the largest fractional remainders, equal remainders to the lower code first.
 * Exact: remainders compared as integers over the common denominator (in doubles when every product is below
 * 2^53, which real regions always are; in BigInt otherwise).
 */
export type Weighted = { code: string; weight: number };

export function splitByLargestRemainder(amount: number, parts: readonly Weighted[]): Map<string, number> {
  const amounts = splitAmounts(
    amount,
    parts.map((part) => part.weight),
    parts.map((part) => part.code),
  );
  const result = new Map<string, number>();
  parts.forEach((part, index) => result.set(part.code, amounts[index]!));
  return result;
}

/**
 * The same split by position: `amounts[i]` is the share of the part with `weights[i]` and `codes[i]` (the
 * engine's own form, without a map per split — issue 17).
 */
export function splitAmounts(amount: number, weights: readonly number[], codes: readonly string[]): number[] {
  if (weights.length === 0) return [];
  let total = 0;
  let integers = Number.isSafeInteger(amount) && amount >= 0;
  for (const weight of weights) {
    total += weight;
    if (!Number.isSafeInteger(weight) || weight < 0) integers = false;
  }
  // Every product below fits a double exactly: the same integer arithmetic without BigInt (issue 17).
  if (integers && total > 0 && amount * total <= Number.MAX_SAFE_INTEGER)
    return splitSmall(amount, weights, codes, total);
  return splitBig(amount, weights, codes);
}

/** Municipality codes are 4-digit strings; "lower code" is numeric order, which equals string order. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Working arrays of splitSmall, reused (it runs for every office-year; it calls nothing that could reenter). */
const scratch = { remainders: [] as number[], order: [] as number[] };

/** The split when amount × Σ weights ≤ 2^53 − 1: floors and remainders are exact integers in doubles. */
function splitSmall(amount: number, weights: readonly number[], codes: readonly string[], total: number): number[] {
  const count = weights.length;
  const amounts = new Array<number>(count);
  const remainders = scratch.remainders;
  let leftOver = amount;
  for (let i = 0; i < count; i++) {
    const numerator = amount * weights[i]!;
    let floor = Math.floor(numerator / total);
    // The quotient is rounded; its floor may be one off. Integers below 2^53 correct it exactly.
    let remainder = numerator - floor * total;
    if (remainder < 0) ((floor -= 1), (remainder += total));
    else if (remainder >= total) ((floor += 1), (remainder -= total));
    amounts[i] = floor;
    remainders[i] = remainder;
    leftOver -= floor;
  }
  if (leftOver > 0) {
    // Largest remainder first, equal ones lower code first: an insertion sort of the positions (a region's
    // municipalities are a few dozen; no comparator function per pair).
    const order = scratch.order;
    for (let i = 0; i < count; i++) {
      const remainder = remainders[i]!;
      let j = i;
      while (j > 0) {
        const before = order[j - 1]!;
        if (remainders[before]! > remainder || (remainders[before] === remainder && codes[before]! < codes[i]!)) break;
        order[j] = before;
        j -= 1;
      }
      order[j] = i;
    }
    for (let k = 0; k < leftOver; k++) amounts[order[k]!]! += 1;
  }
  return amounts;
}

/** Exact for any size: BigInt arithmetic, remainders compared as integers over the common denominator. */
function splitBig(amount: number, weights: readonly number[], codes: readonly string[]): number[] {
  const total = weights.reduce((sum, weight) => sum + BigInt(weight), 0n);
  if (total <= 0n) throw new RangeError("weights must add up to more than 0");
  const pool = BigInt(amount);
  const exact = weights.map((weight, index) => {
    const numerator = pool * BigInt(weight);
    return { index, floor: numerator / total, remainder: numerator % total };
  });
  let leftOver = pool - exact.reduce((sum, share) => sum + share.floor, 0n);
  const byRemainder = [...exact].sort((a, b) =>
    a.remainder === b.remainder ? compareCodes(codes[a.index]!, codes[b.index]!) : a.remainder > b.remainder ? -1 : 1,
  );
  const amounts = new Array<number>(weights.length);
  for (const share of byRemainder) {
    const extra = leftOver > 0n ? 1n : 0n;
    leftOver -= extra;
    amounts[share.index] = Number(share.floor + extra);
  }
  return amounts;
}
