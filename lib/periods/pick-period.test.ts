import { describe, expect, it } from "vitest";
import { pickPeriod } from "./pick-period";

const periods = [
  { id: "p2021", name: "2021–2024", firstYear: 2021, lastYear: 2024 },
  { id: "p2025", name: "2025–2028", firstYear: 2025, lastYear: 2028 },
];
const on = (date: string) => new Date(`${date}T12:00:00Z`);

describe("pickPeriod", () => {
  it("is the period containing the current year", () => {
    expect(pickPeriod(periods, undefined, on("2026-11-27")).period?.id).toBe("p2025");
    expect(pickPeriod(periods, undefined, on("2023-01-01")).period?.id).toBe("p2021");
  });
  it("is the newest when no period contains the year", () => {
    expect(pickPeriod(periods, undefined, on("2031-06-01")).period?.id).toBe("p2025");
    expect(pickPeriod(periods, undefined, on("2019-06-01")).period?.id).toBe("p2025");
  });
  it("is the one asked for, and says so when the id is not one of the region's periods", () => {
    expect(pickPeriod(periods, "p2021", on("2026-11-27")).period?.id).toBe("p2021");
    expect(pickPeriod(periods, "findes-ikke", on("2026-11-27"))).toEqual({ period: null, unknown: true });
  });
  it("is nothing without periods", () => {
    expect(pickPeriod([], undefined, on("2026-11-27"))).toEqual({ period: null, unknown: false });
  });
});
