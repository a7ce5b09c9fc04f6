import { describe, expect, it } from "vitest";
import { formatYears } from "./format";

describe("formatYears", () => {
  it("says years as a reader would: runs with a dash, the last with «og»", () => {
    expect(formatYears([2022, 2023, 2024])).toBe("2022–2024");
    expect(formatYears([2025, 2021, 2023])).toBe("2021, 2023 og 2025");
    expect(formatYears([2021, 2023, 2024])).toBe("2021 og 2023–2024");
    expect(formatYears([2022])).toBe("2022");
    expect(formatYears([])).toBe("");
  });
});
