import { describe, expect, it } from "vitest";
import { pickYear } from "./pick-year";

const period = [2021, 2022, 2023, 2024];
const on = (iso: string) => new Date(`${iso}T12:00:00+01:00`);
const shown = (requested: string) => {
  try {
    return pickYear(period, requested, on("2022-03-01"));
  } catch (error) {
    return String((error as { digest?: string }).digest).startsWith("NEXT_HTTP_ERROR_FALLBACK;404") ? "404" : "error";
  }
};

describe("which year a page opens on", () => {
  it("is the year asked for, when it is one of the period's", () => {
    expect(pickYear(period, "2022", on("2023-06-01"))).toBe(2022);
  });
  it("is this year, when the period contains it — not the oldest year", () => {
    expect(pickYear(period, undefined, on("2023-06-01"))).toBe(2023);
    expect(pickYear(period, "", on("2023-06-01"))).toBe(2023);
  });
  it("is the last year of a period that is over, and the first of one not yet begun", () => {
    expect(pickYear(period, undefined, on("2025-02-20"))).toBe(2024);
    expect(pickYear([2025, 2026, 2027, 2028], undefined, on("2024-11-01"))).toBe(2025);
  });
  it("is never silently another year: a malformed or unknown ?aar= is a 404", () => {
    expect(["abc", "2021.5", "2030", "0x7E5", " 2022 "].map(shown)).toEqual(["404", "404", "404", "404", 2022]);
  });
});
