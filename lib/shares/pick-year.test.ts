import { describe, expect, it } from "vitest";
import { pickYear } from "./pick-year";

const period = [2021, 2022, 2023, 2024];
const on = (iso: string) => new Date(`${iso}T12:00:00+01:00`);

describe("which year a page opens on", () => {
  it("is the year asked for, when it is one of the period's", () => {
    expect(pickYear(period, "2022", on("2023-06-01"))).toBe(2022);
  });
  it("is this year, when the period contains it — not the oldest year", () => {
    expect(pickYear(period, undefined, on("2023-06-01"))).toBe(2023);
  });
  it("is the last year of a period that is over, and the first of one not yet begun", () => {
    expect(pickYear(period, undefined, on("2025-02-20"))).toBe(2024);
    expect(pickYear([2025, 2026, 2027, 2028], undefined, on("2024-11-01"))).toBe(2025);
  });
  it("ignores a year outside the period or that is not a year", () => {
    for (const asked of ["2030", "abc", "2021.5", ""]) expect(pickYear(period, asked, on("2022-03-01"))).toBe(2022);
  });
});
