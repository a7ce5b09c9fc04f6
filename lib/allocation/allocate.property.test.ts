import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate } from "./allocate";
import type { AllocationScenario } from "./scenario-schema";

const scenarioArb: fc.Arbitrary<AllocationScenario> = fc
  .uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: 1, maxLength: 40 })
  .chain((codes) =>
    fc.record({
      nonLeadPool: fc.integer({ min: 0, max: 5_000_000 }),
      thresholdPercent: fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100),
      poolOverride: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
      leads: fc.constant([{ code: "0000", amount: 500_000 }]),
      municipalities: fc.tuple(
        ...codes.map((code) =>
          fc.record({
            code: fc.constant(String(code).padStart(4, "0")),
            population: fc.integer({ min: 1, max: 1_000_000 }),
            decision: fc.constantFrom("YES" as const, "NO" as const, "PENDING" as const),
          }),
        ),
      ),
    }),
  );

describe("allocate — invariants", () => {
  it("shares add up to the pool, are never negative, and total = pool + leads", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = allocate(scenario);
        const sum = result.shares.reduce((s, x) => s + x.amount, 0);
        expect(sum).toBe(result.pool);
        expect(result.shares.every((s) => s.amount >= 0 && Number.isInteger(s.amount))).toBe(true);
        expect(result.total).toBe(result.pool + 500_000);
        if (result.status !== "REDUCED") expect(result.pool).toBe(result.shares.length ? scenario.nonLeadPool : 0);
      }),
    );
  });

  it("each share is within 1 kr. of its exact value when not REDUCED", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = allocate(scenario);
        if (result.status === "REDUCED") return;
        const participants = scenario.municipalities.filter((m) => m.decision !== "NO");
        const weight = participants.reduce((s, m) => s + m.population, 0);
        for (const share of result.shares) {
          const population = participants.find((m) => m.code === share.code)!.population;
          expect(Math.abs(share.amount - (scenario.nonLeadPool * population) / weight)).toBeLessThan(1);
        }
      }),
    );
  });

  it("another municipality joining never raises anyone's amount by more than 1 kr. (KEPT/AT_RISK)", () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (scenario, pick) => {
        const declined = scenario.municipalities.filter((m) => m.decision === "NO");
        if (!declined.length) return;
        const joiner = declined[pick % declined.length]!.code;
        const before = allocate(scenario);
        const after = allocate({
          ...scenario,
          municipalities: scenario.municipalities.map((m) =>
            m.code === joiner ? { ...m, decision: "YES" as const } : m,
          ),
        });
        if (before.status === "REDUCED" || after.status === "REDUCED") return;
        for (const share of after.shares) {
          const previous = before.shares.find((s) => s.code === share.code);
          if (previous) expect(share.amount - previous.amount).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("does not depend on input order except for the listing order", () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (scenario, seed) => {
        const shuffled = [...scenario.municipalities].sort(
          (a, b) => ((a.population * 31 + seed) % 97) - ((b.population * 31 + seed) % 97) || (a.code < b.code ? -1 : 1),
        );
        const a = allocate(scenario);
        const b = allocate({ ...scenario, municipalities: shuffled });
        const byCode = (r: typeof a) => Object.fromEntries(r.shares.map((s) => [s.code, s.amount]));
        expect(byCode(b)).toEqual(byCode(a));
        expect(b.shares.map((s) => s.code)).toEqual(shuffled.filter((m) => m.decision !== "NO").map((m) => m.code));
        expect({ ...b, shares: [] }).toEqual({ ...a, shares: [] });
      }),
    );
  });
});
