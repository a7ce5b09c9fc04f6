import { describe, expect, it } from "vitest";
import { formatDecisionYears, formatIsoDate, formatSignedKroner, formatYears, periodLabel } from "./format";

describe("formatYears", () => {
  it("says years as a reader would: runs with a dash, the last with «og»", () => {
    expect(formatYears([2022, 2023, 2024])).toBe("2022–2024");
    expect(formatYears([2025, 2021, 2023])).toBe("2021, 2023 og 2025");
    expect(formatYears([2021, 2023, 2024])).toBe("2021 og 2023–2024");
    expect(formatYears([2022])).toBe("2022");
    expect(formatYears([])).toBe("");
  });
});

describe("dates and signed amounts in da-DK", () => {
  it("writes a calendar date as a Dane reads it, whatever the server's time zone", () => {
    expect(formatIsoDate("2021-04-10")).toBe("10. april 2021");
    expect(formatIsoDate("2021-12-31")).toBe("31. december 2021");
    expect(formatIsoDate("2022-01-01")).toBe("1. januar 2022");
  });

  it("writes a settlement with a true minus sign, a plus for more to pay, and no sign for nothing", () => {
    expect(formatSignedKroner(-1234)).toBe("−1.234 kr.");
    expect(formatSignedKroner(1234)).toBe("+1.234 kr.");
    expect(formatSignedKroner(0)).toBe("0 kr.");
  });
});

describe("formatDecisionYears", () => {
  it("says which years a council's decision covers: open-ended, a span, or one year", () => {
    expect(formatDecisionYears(2025, null)).toBe("fra 2025");
    expect(formatDecisionYears(2022, 2024)).toBe("2022–2024");
    expect(formatDecisionYears(2025, 2025)).toBe("2025");
  });
});

describe("periodLabel", () => {
  it("names the years once: added only when the period's name does not hold them", () => {
    expect(periodLabel({ name: "Regionale klyngekontorer 2021-2024", firstYear: 2021, lastYear: 2024 })).toBe(
      "Regionale klyngekontorer 2021-2024",
    );
    expect(periodLabel({ name: "Vækstaftalen", firstYear: 2025, lastYear: 2028 })).toBe("Vækstaftalen (2025–2028)");
    // A name with other years than the period's: the period's are said.
    expect(periodLabel({ name: "Klynger 2021-2024", firstYear: 2025, lastYear: 2028 })).toBe(
      "Klynger 2021-2024 (2025–2028)",
    );
  });
});
