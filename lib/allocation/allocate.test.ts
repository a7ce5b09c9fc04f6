import { describe, expect, it } from "vitest";
import regionData from "../../prisma/seed/region-sjaelland-2021.json";
import { allocate } from "./allocate";
import { requiredParticipants } from "./required-participants";
import type { AllocationScenario, DecisionState } from "./scenario-schema";

const municipalities = regionData.municipalities;

function officeScenario(
  leadCodes: string[],
  decide: (code: string) => DecisionState = () => "YES",
): AllocationScenario {
  const leadAmount = 500_000 / leadCodes.length;
  return {
    nonLeadPool: 500_000,
    thresholdPercent: 85,
    leads: leadCodes.map((code) => ({ code, amount: leadAmount })),
    municipalities: municipalities
      .filter((m) => !leadCodes.includes(m.code))
      .map((m) => ({ code: m.code, name: m.name, population: m.population, decision: decide(m.code) })),
  };
}
const amountOf = (result: ReturnType<typeof allocate>, code: string) =>
  result.shares.find((s) => s.code === code)?.amount;

describe("allocate — real Region Sjælland data", () => {
  it("splits We Build Denmark's pool as KKR's appendix does when everyone says yes", () => {
    const result = allocate(officeScenario(["0370"]));
    expect(result.shares.slice(0, 3)).toEqual([
      { code: "0320", amount: 24_292, provisional: false },
      { code: "0253", amount: 33_424, provisional: false },
      { code: "0376", amount: 39_917, provisional: false },
    ]);
    expect(result).toMatchObject({
      eligible: 16,
      required: 14,
      yes: 16,
      status: "KEPT",
      pool: 500_000,
      total: 1_000_000,
    });
    expect(result.shares.reduce((s, x) => s + x.amount, 0)).toBe(500_000);
  });

  it("counts a dual lead (Life Science) once each and leaves 15 eligible", () => {
    const result = allocate(officeScenario(["0326", "0376"]));
    expect(result.eligible).toBe(15);
    expect(result.required).toBe(13);
    expect(result.total).toBe(1_000_000);
    expect(result.shares.map((s) => s.code)).not.toContain("0326");
  });

  it("marks PENDING shares provisional and counts them as participants", () => {
    const result = allocate(officeScenario(["0370"], (code) => (code === "0320" ? "PENDING" : "YES")));
    expect(result.shares.find((s) => s.code === "0320")).toEqual({ code: "0320", amount: 24_292, provisional: true });
    expect(result.pending).toBe(1);
  });

  it("redistributes a NO among the others and keeps the total", () => {
    const result = allocate(officeScenario(["0370"], (code) => (code === "0320" ? "NO" : "YES")));
    expect(result.shares.map((s) => s.code)).not.toContain("0320");
    expect(result.pool).toBe(500_000);
    expect(amountOf(result, "0253")).toBeGreaterThan(33_424);
  });
});

describe("allocate — the threshold", () => {
  const noFor =
    (codes: string[]) =>
    (code: string): DecisionState =>
      codes.includes(code) ? "NO" : "YES";
  it("keeps the total with exactly 14 of 16", () => {
    expect(allocate(officeScenario(["0370"], noFor(["0320", "0253"]))).status).toBe("KEPT");
  });
  it("reduces with 13 of 16", () => {
    const result = allocate(officeScenario(["0370"], noFor(["0320", "0253", "0376"])));
    expect(result.status).toBe("REDUCED");
    // Nobody pays more than under full participation: their full-participation share.
    const full = allocate(officeScenario(["0370"]));
    for (const share of result.shares) expect(share.amount).toBe(amountOf(full, share.code));
    expect(result.pool).toBe(result.shares.reduce((s, x) => s + x.amount, 0));
    expect(result.pool).toBeLessThan(500_000);
  });
  it("keeps the total with 13 of 15 (dual lead)", () => {
    expect(allocate(officeScenario(["0326", "0376"], noFor(["0320", "0253"]))).status).toBe("KEPT");
  });
  it("is AT_RISK when the pending decide the outcome", () => {
    const decide = (code: string): DecisionState =>
      ["0320", "0253"].includes(code) ? "NO" : code === "0259" ? "PENDING" : "YES";
    expect(allocate(officeScenario(["0370"], decide)).status).toBe("AT_RISK");
  });
  it("splits an agreed reduced pool among the participants, only when REDUCED", () => {
    const reduced = { ...officeScenario(["0370"], noFor(["0320", "0253", "0376"])), poolOverride: 420_000 };
    const result = allocate(reduced);
    expect(result.pool).toBe(420_000);
    expect(result.total).toBe(920_000);
    const kept = allocate({ ...officeScenario(["0370"]), poolOverride: 420_000 });
    expect(kept.pool).toBe(500_000);
  });
  it("handles 0 % and 100 % thresholds", () => {
    const allNo = allocate({ ...officeScenario(["0370"], () => "NO"), thresholdPercent: 0 });
    expect(allNo).toMatchObject({ required: 0, status: "KEPT", pool: 0, total: 500_000, shares: [] });
    const oneNo = allocate({ ...officeScenario(["0370"], noFor(["0320"])), thresholdPercent: 100 });
    expect(oneNo).toMatchObject({ required: 16, status: "REDUCED" });
  });
});

describe("requiredParticipants — exact arithmetic", () => {
  it.each([
    [16, 8500, 14],
    [15, 8500, 13],
    [16, 0, 0],
    [16, 10_000, 16],
    [100, 5700, 57],
    [100, 8501, 86],
    [3, 3333, 1],
    [98, 8500, 84],
  ])("of %i eligible at %i bp requires %i", (eligible, bp, expected) => {
    expect(requiredParticipants(eligible, bp)).toBe(expected);
  });
});

describe("allocate — rounding", () => {
  it("gives a 1 kr. pool to the lowest code among equal remainders", () => {
    const result = allocate({
      nonLeadPool: 1,
      thresholdPercent: 85,
      leads: [],
      municipalities: ["0400", "0300", "0200"].map((code) => ({ code, population: 1000, decision: "YES" as const })),
    });
    expect(result.shares).toEqual([
      { code: "0400", amount: 0, provisional: false },
      { code: "0300", amount: 0, provisional: false },
      { code: "0200", amount: 1, provisional: false },
    ]);
  });
  it("splits 1 kr. over 98 municipalities", () => {
    const result = allocate({
      nonLeadPool: 1,
      thresholdPercent: 85,
      leads: [],
      municipalities: Array.from({ length: 98 }, (_, i) => ({
        code: String(101 + i).padStart(4, "0"),
        population: 10_000 + i,
        decision: "YES" as const,
      })),
    });
    expect(result.pool).toBe(1);
    expect(result.shares.filter((s) => s.amount === 1)).toHaveLength(1);
  });
});
