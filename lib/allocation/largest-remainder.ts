/**
 * Split a whole-kroner amount in proportion to integer weights by the largest-remainder method
 * (docs/decisions/0003-shares-and-rounding.md): everyone gets the floor of their exact share; the kroner
 * left over go one each to the largest fractional remainders, equal remainders to the lower code first.
 * Exact: BigInt arithmetic, remainders compared as integers over the common denominator.
 */
export type Weighted = { code: string; weight: number };

export function splitByLargestRemainder(amount: number, parts: readonly Weighted[]): Map<string, number> {
  if (parts.length === 0) return new Map();
  const weights = parts.reduce((sum, part) => sum + part.weight, 0);
  // Every product below fits a double exactly: the same integer arithmetic without BigInt (issue 17).
  const integers =
    Number.isSafeInteger(amount) && amount >= 0 && parts.every((p) => Number.isSafeInteger(p.weight) && p.weight >= 0);
  if (integers && weights > 0 && amount * weights <= Number.MAX_SAFE_INTEGER) return splitSmall(amount, parts, weights);
  const result = new Map<string, number>();
  const total = parts.reduce((sum, part) => sum + BigInt(part.weight), 0n);
  if (total <= 0n) throw new RangeError("weights must add up to more than 0");
  const pool = BigInt(amount);

  const exact = parts.map((part) => {
    const numerator = pool * BigInt(part.weight);
    return { code: part.code, floor: numerator / total, remainder: numerator % total };
  });
  let leftOver = pool - exact.reduce((sum, share) => sum + share.floor, 0n);

  const byRemainder = [...exact].sort((a, b) =>
    a.remainder === b.remainder ? compareCodes(a.code, b.code) : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    const extra = leftOver > 0n ? 1n : 0n;
    leftOver -= extra;
    result.set(share.code, Number(share.floor + extra));
  }
  return result;
}

/** Municipality codes are 4-digit strings; "lower code" is numeric order, which equals string order. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** splitByLargestRemainder when amount × Σ weights ≤ 2^53 − 1: floors and remainders are exact integers. */
function splitSmall(amount: number, parts: readonly Weighted[], total: number): Map<string, number> {
  const exact = parts.map((part) => {
    const numerator = amount * part.weight;
    let floor = Math.floor(numerator / total);
    // The quotient is rounded; its floor may be one off. Integers below 2^53 correct it exactly.
    let remainder = numerator - floor * total;
    if (remainder < 0) ((floor -= 1), (remainder += total));
    else if (remainder >= total) ((floor += 1), (remainder -= total));
    return { code: part.code, floor, remainder };
  });
  let leftOver = amount - exact.reduce((sum, share) => sum + share.floor, 0);
  exact.sort((a, b) => (a.remainder === b.remainder ? compareCodes(a.code, b.code) : b.remainder - a.remainder));
  const result = new Map<string, number>();
  for (const share of exact) {
    const extra = leftOver > 0 ? 1 : 0;
    leftOver -= extra;
    result.set(share.code, share.floor + extra);
  }
  return result;
}
