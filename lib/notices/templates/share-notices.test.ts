import { describe, expect, it } from "vitest";
import { officeYearAtRiskMail, shareChangedMail, shareLineText, type StatusLine } from "./share-notices";

const line = (officeName: string, year: number, after: string): StatusLine => ({
  officeName,
  year,
  before: "KEPT",
  after,
  yes: 13,
  pending: 0,
  eligible: 16,
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

describe("a municipality's mail when its share changed", () => {
  const mail = (reduced: boolean) =>
    shareChangedMail({
      municipality: { name: "Faxe", code: "0320" },
      cause: "Årsag: Køge Kommune har registreret en beslutning.",
      shortCause: "Køge Kommunes beslutning",
      lines: [
        { officeName: "CLEAN", year: 2023, before: 21_000, after: 22_500, provisional: false, reduced },
        { officeName: "CLEAN", year: 2024, before: 21_000, after: 22_500, provisional: true, reduced: false },
      ],
      periodId: "p",
      required: false,
    }).text;

  it("says which years are provisional or reduced", () => {
    const text = mail(true);
    expect(text).toContain(
      "CLEAN 2023: 21.000 kr. → 22.500 kr. (reduceret: for få deltager; totalen reduceres, og opgaverne genforhandles med klyngen)",
    );
    expect(text).toContain("CLEAN 2024: 21.000 kr. → 22.500 kr. (foreløbig)");
    expect(mail(false)).not.toContain("reduceret");
  });
});

describe("a closed year's line says what is settled", () => {
  const base = { officeName: "CLEAN", year: 2022, before: 21_000, provisional: false, reduced: false };
  it("a credit, a further charge, or nothing to settle — in kroner, never a signed number", () => {
    expect(shareLineText({ ...base, after: 0, settlement: -21_000 })).toBe(
      "CLEAN 2022: 21.000 kr. → 0 kr. (året er opkrævet: efterregulering i alt 21.000 kr., som krediteres særskilt)",
    );
    expect(shareLineText({ ...base, after: 22_500, settlement: 1_500 })).toBe(
      "CLEAN 2022: 21.000 kr. → 22.500 kr. (året er opkrævet: efterregulering i alt 1.500 kr., som opkræves særskilt)",
    );
    // Invoiced after an earlier settlement already at the new amount: nothing more.
    expect(shareLineText({ ...base, after: 22_500, settlement: 0 })).toBe(
      "CLEAN 2022: 21.000 kr. → 22.500 kr. (året er opkrævet: der er intet at efterregulere)",
    );
    expect(shareLineText({ ...base, after: 22_500 })).toBe("CLEAN 2022: 21.000 kr. → 22.500 kr.");
  });
});
