import { describe, expect, it } from "vitest";
import { basisDateOfPeriod, formatBasisDate, parseBasisDate } from "./basis-date";

describe("basis dates", () => {
  it("reads a calendar date as UTC midnight, as the seed stores 2021-01-01", () => {
    expect(parseBasisDate("2025-01-01")?.toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(parseBasisDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(formatBasisDate(parseBasisDate("2025-04-01")!)).toBe("2025-04-01");
  });

  it.each(["2025-02-30", "2025-02-29", "2025-13-01", "2025-00-10", "2025-1-1", "01-01-2025", "2025-01-01T00:00", ""])(
    "refuses «%s»",
    (text) => {
      expect(parseBasisDate(text)).toBeUndefined();
    },
  );

  it("gives FOLK1A's quarters their first day", () => {
    expect(["2025K1", "2025K2", "2025K3", "2025K4"].map(basisDateOfPeriod)).toEqual([
      "2025-01-01",
      "2025-04-01",
      "2025-07-01",
      "2025-10-01",
    ]);
    expect(basisDateOfPeriod("2025")).toBeUndefined();
    expect(basisDateOfPeriod("2025K5")).toBeUndefined();
  });
});
