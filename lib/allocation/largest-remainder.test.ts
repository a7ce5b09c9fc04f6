import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCodes, splitByLargestRemainder, type Weighted } from "./largest-remainder";

/** The split in BigInt arithmetic, as it was before the double fast path (issue 17): the reference. */
function referenceSplit(amount: number, parts: readonly Weighted[]): [string, number][] {
  const total = parts.reduce((sum, part) => sum + BigInt(part.weight), 0n);
  const pool = BigInt(amount);
  const exact = parts.map((part) => {
    const numerator = pool * BigInt(part.weight);
    return { code: part.code, floor: numerator / total, remainder: numerator % total };
  });
  let leftOver = pool - exact.reduce((sum, share) => sum + share.floor, 0n);
  return [...exact]
    .sort((a, b) => (a.remainder === b.remainder ? compareCodes(a.code, b.code) : a.remainder > b.remainder ? -1 : 1))
    .map((share) => {
      const extra = leftOver > 0n ? 1n : 0n;
      leftOver -= extra;
      return [share.code, Number(share.floor + extra)];
    });
}

const parts = fc
  .uniqueArray(fc.integer({ min: 101, max: 999 }), { minLength: 1, maxLength: 30 })
  .chain((codes) =>
    fc.tuple(
      ...codes.map((code) =>
        fc.record({
          code: fc.constant(String(code).padStart(4, "0")),
          weight: fc.oneof(fc.integer({ min: 0, max: 1_400_000 }), fc.integer({ min: 1, max: 7 })),
        }),
      ),
    ),
  )
  .filter((list) => list.some((p) => p.weight > 0));

describe("splitByLargestRemainder", () => {
  it("gives every part exactly what the BigInt arithmetic gives — small and huge amounts", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
        parts,
        (amount, list) => {
          const split = splitByLargestRemainder(amount, list);
          // A map: the same parts with the same amounts, whatever the order they are listed in.
          expect(split).toEqual(new Map(referenceSplit(amount, list)));
          expect([...split.values()].reduce((sum, share) => sum + share, 0)).toBe(amount);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
