import { describe, expect, it } from "vitest";
import { danishIsoDate, danishYear } from "./clock";
import { pickYear } from "./shares/pick-year";
import { pickPeriod } from "./periods/pick-period";

// Half past midnight on New Year's Day in Denmark is still New Year's Eve in UTC, the server's time zone.
const newYearInDenmark = new Date("2023-12-31T23:30:00Z");

describe("the day and year in Denmark, whatever the server's time zone", () => {
  it("the new year starts at midnight Danish time (winter: UTC+1; summer: UTC+2)", () => {
    expect(danishIsoDate(newYearInDenmark)).toBe("2024-01-01");
    expect(danishYear(newYearInDenmark)).toBe(2024);
    expect(danishYear(new Date("2023-12-31T22:59:59Z"))).toBe(2023);
    expect(danishIsoDate(new Date("2024-06-30T22:30:00Z"))).toBe("2024-07-01");
  });

  it("the pages open on the Danish year and period", () => {
    expect(pickYear([2021, 2022, 2023, 2024], undefined, newYearInDenmark)).toBe(2024);
    const periods = [
      { id: "a", name: "2021-2023", firstYear: 2021, lastYear: 2023 },
      { id: "b", name: "2024-2027", firstYear: 2024, lastYear: 2027 },
    ];
    expect(pickPeriod(periods, undefined, newYearInDenmark).period?.id).toBe("b");
  });
});
