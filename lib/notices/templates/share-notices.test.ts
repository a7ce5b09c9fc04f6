import { describe, expect, it } from "vitest";
import { officeYearAtRiskMail, type StatusLine } from "./share-notices";

const line = (officeName: string, year: number, after: string): StatusLine => ({
  officeName,
  year,
  before: "KEPT",
  after,
  yes: 13,
  required: 14,
});
const subjectOf = (lines: StatusLine[]) =>
  officeYearAtRiskMail({ cause: "Køge Kommune: Nej fra 2027.", lines, year: 2027, periodId: "p", required: false })
    .subject;

describe("the secretariat's mail when an office-year becomes at risk or reduced", () => {
  it("names each office under its own worst status: an office only at risk is never said to be reduced", () => {
    expect(
      subjectOf([
        line("CLEAN", 2027, "AT_RISK"),
        line("Life Science", 2027, "REDUCED"),
        line("Life Science", 2028, "AT_RISK"),
        line("CLEAN", 2028, "AT_RISK"),
      ]),
    ).toBe("Reduceret: Life Science; I risiko: CLEAN");
    expect(subjectOf([line("CLEAN", 2027, "AT_RISK")])).toBe("I risiko: CLEAN");
    expect(subjectOf([line("CLEAN", 2027, "REDUCED"), line("CLEAN", 2028, "AT_RISK")])).toBe("Reduceret: CLEAN");
  });
});
