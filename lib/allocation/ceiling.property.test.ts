import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate } from "./allocate";
import { allocateAgreement, amountFor, type AgreementInput } from "./allocate-agreement";
import { shareCeiling, shareCeilings } from "./ceiling";
import { percentToBasisPoints } from "./required-participants";
import type { AllocationScenario, DecisionState } from "./scenario-schema";
import regionData from "../../prisma/seed/region-sjaelland-2021.json";

/** Small regions, so every outcome of the pending decisions can be tried (at most 2^9 per municipality). */
const smallRegion: fc.Arbitrary<AllocationScenario> = fc
  .uniqueArray(fc.integer({ min: 101, max: 999 }), { minLength: 1, maxLength: 9 })
  .chain((codes) =>
    fc.record({
      nonLeadPool: fc.oneof(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.constant(500_000),
        fc.integer({ min: 0, max: 7 }),
      ),
      thresholdPercent: fc.oneof(fc.constant(85), fc.integer({ min: 0, max: 100 })),
      poolOverride: fc.option(fc.integer({ min: 0, max: 600_000 }), { nil: undefined }),
      leads: fc.constant([{ code: "0000", amount: 500_000 }]),
      municipalities: fc.tuple(
        ...codes.map((code) =>
          fc.record({
            code: fc.constant(String(code).padStart(4, "0")),
            population: fc.oneof(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 1, max: 5 })),
            decision: fc.constantFrom<DecisionState>("YES", "NO", "PENDING", "PENDING"),
          }),
        ),
      ),
    }),
  );

/** The most `code` can pay: allocate() on every way the pending decisions (its own included) can turn out. */
function bruteForceMaximum(scenario: AllocationScenario, code: string): number {
  const pending = scenario.municipalities.filter((m) => m.decision === "PENDING").map((m) => m.code);
  let maximum = 0;
  for (let mask = 0; mask < 1 << pending.length; mask++) {
    const outcome = {
      ...scenario,
      municipalities: scenario.municipalities.map((m) => {
        const index = pending.indexOf(m.code);
        return index < 0 ? m : { ...m, decision: (mask >> index) & 1 ? ("YES" as const) : ("NO" as const) };
      }),
    };
    const amount = allocate(outcome).shares.find((share) => share.code === code)?.amount ?? 0;
    maximum = Math.max(maximum, amount);
  }
  return maximum;
}

describe("shareCeiling — against brute force on small regions", () => {
  it("is never exceeded by any outcome, and is at most 1 kr. above the true maximum", () => {
    fc.assert(
      fc.property(smallRegion, (scenario) => {
        for (const { code } of scenario.municipalities) {
          const maximum = bruteForceMaximum(scenario, code);
          const ceiling = shareCeiling(scenario, code);
          expect(ceiling).toBeGreaterThanOrEqual(maximum);
          expect(ceiling - maximum).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("is exact when no other municipality is pending, and never below today's amount", () => {
    fc.assert(
      fc.property(smallRegion, (scenario) => {
        const today = allocate(scenario);
        for (const m of scenario.municipalities) {
          const ceiling = shareCeiling(scenario, m.code);
          const now = today.shares.find((share) => share.code === m.code)?.amount ?? 0;
          expect(ceiling).toBeGreaterThanOrEqual(now);
          const othersPending = scenario.municipalities.some((o) => o.code !== m.code && o.decision === "PENDING");
          if (!othersPending) expect(ceiling).toBe(bruteForceMaximum(scenario, m.code));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("shareCeilings: every municipality at once (issue 17)", () => {
  it("is shareCeiling for every municipality", () => {
    fc.assert(
      fc.property(smallRegion, (scenario) => {
        const all = shareCeilings(scenario, allocate(scenario));
        for (const { code } of scenario.municipalities) expect(all.get(code)).toBe(shareCeiling(scenario, code));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the engine's ceilings: what a municipality's page shows as «højst»", () => {
  it("are shareCeiling for every eligible municipality; the lead's amount for the lead, 0 for a lead that left", () => {
    const year = 2025;
    const meeting = new Date(Date.UTC(2024, 0, 15));
    fc.assert(
      fc.property(smallRegion, fc.boolean(), (scenario, leadLeaves) => {
        const input: AgreementInput = {
          firstYear: year,
          lastYear: year,
          nonLeadPool: scenario.nonLeadPool,
          thresholdBasisPoints: percentToBasisPoints(scenario.thresholdPercent),
          municipalities: [
            { code: "0000", name: "Lead", population: 1 },
            ...scenario.municipalities.map((m) => ({ code: m.code, name: m.code, population: m.population })),
          ],
          offices: [
            {
              id: "office",
              leads: [{ code: "0000", amount: 500_000 }],
              poolOverrides: scenario.poolOverride === undefined ? [] : [{ year, amount: scenario.poolOverride }],
              decisions: [
                ...(leadLeaves ? [{ municipalityCode: "0000", decision: "NO" as const }] : []),
                ...scenario.municipalities.flatMap((m) =>
                  m.decision === "PENDING" ? [] : [{ municipalityCode: m.code, decision: m.decision }],
                ),
              ].map((d, i) => ({
                ...d,
                id: `d${i}`,
                effectiveFromYear: year,
                meetingDate: meeting,
                recordedAt: meeting,
              })),
            },
          ],
        };
        // A lead whose council says "Nej" is an ordinary eligible municipality with its "Nej" (0014).
        const eligible: AllocationScenario = leadLeaves
          ? {
              ...scenario,
              municipalities: [{ code: "0000", population: 1, decision: "NO" }, ...scenario.municipalities],
            }
          : scenario;
        const [entry] = allocateAgreement(input);
        for (const { code } of scenario.municipalities)
          expect(amountFor(entry!, code).ceiling).toBe(shareCeiling(eligible, code));
        expect(amountFor(entry!, "0000")).toMatchObject(
          leadLeaves ? { amount: 0, ceiling: 0, isLead: false, state: "NO" } : { ceiling: 500_000, isLead: true },
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe("shareCeiling — KKR Sjælland's real figures", () => {
  it("Faxe's most for We Build Denmark while Faxe, Stevns and Solrød have not decided", () => {
    // 16 non-lead municipalities (Næstved leads), 14 required. 13 said Ja; if Stevns and Solrød say Nej and Faxe
    // Ja, 14 take part and the total is kept: Faxe's share is then the largest it can be.
    const pending = ["0320", "0336", "0269"];
    const scenario: AllocationScenario = {
      nonLeadPool: 500_000,
      thresholdPercent: 85,
      leads: [{ code: "0370", amount: 500_000 }],
      municipalities: regionData.municipalities
        .filter((m) => m.code !== "0370")
        .map((m) => ({
          code: m.code,
          population: m.population,
          decision: pending.includes(m.code) ? "PENDING" : "YES",
        })),
    };
    const participants = regionData.municipalities
      .filter((m) => m.code !== "0370" && !["0336", "0269"].includes(m.code))
      .reduce((sum, m) => sum + m.population, 0);
    const faxe = regionData.municipalities.find((m) => m.code === "0320")!.population;
    expect(shareCeiling(scenario, "0320")).toBe(Math.ceil((500_000 * faxe) / participants));
    expect(shareCeiling(scenario, "0320")).toBeGreaterThan(
      allocate(scenario).shares.find((s) => s.code === "0320")!.amount,
    );
    expect(shareCeiling(scenario, "0320") - bruteForceMaximum(scenario, "0320")).toBeLessThanOrEqual(1);
  });
});
