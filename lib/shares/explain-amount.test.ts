import { describe, expect, it } from "vitest";
import { explainAmount } from "./explain-amount";
import type { YearCell } from "./load-municipality-overview";

// Faxe in KKR Sjælland 2021–2024 (36.713 inhabitants on 1 January 2021): We Build Denmark, led by Næstved, with
// all 16 other municipalities taking part (755.659 inhabitants; the region's 838.840 less Næstved's 83.181).
const cell = (over: Partial<YearCell>): YearCell => ({
  year: 2022,
  amount: 24_292,
  ceiling: 24_292,
  state: "YES",
  status: "KEPT",
  settled: true,
  unsettled: [],
  ownPending: false,
  pendingOthers: 0,
  approved: null,
  overApproved: false,
  ceilingOverApproved: false,
  changed: null,
  pool: 500_000,
  participantsPopulation: 755_659,
  participants: 16,
  eligible: 16,
  required: 14,
  ...over,
});

describe("the explanation of a municipality's amount", () => {
  it("says the pool is shared among those that said Ja when every council has decided", () => {
    const text = explainAmount("Faxe", 36_713, cell({}));
    expect(text).toContain("fordeles mellem de 16 kommuner, der har sagt Ja, efter indbyggertal");
    expect(text).not.toContain("endnu ikke");
    expect(text).toContain("500.000 kr. × 36.713 / 755.659 = 24.292,04 kr. I hele kroner: 24.292 kr.");
  });

  it("counts the undecided councils, this one included, apart from those that said Ja", () => {
    const text = explainAmount("Faxe", 36_713, cell({ state: "PENDING", ownPending: true, pendingOthers: 3 }));
    expect(text).toContain("mellem de 16 deltagende kommuner (12 har sagt Ja, 4 har endnu ikke besluttet sig)");
  });

  it("says a council that said Nej pays nothing, and who shares the pool instead", () => {
    expect(explainAmount("Faxe", 36_713, cell({ state: "NO", amount: 0, participants: 15 }))).toBe(
      "Faxe deltager ikke i 2022 og betaler intet. Puljen fordeles mellem de 15 kommuner, der har sagt Ja.",
    );
    expect(explainAmount("Faxe", 36_713, cell({ state: "NO", amount: 0, participants: 15, pendingOthers: 2 }))).toBe(
      "Faxe deltager ikke i 2022 og betaler intet. Puljen fordeles mellem de 15 kommuner, der deltager " +
        "(13 har sagt Ja, 2 har endnu ikke besluttet sig).",
    );
  });

  it("says why a total is reduced, counting the undecided apart", () => {
    const reduced = { status: "REDUCED" as const, participants: 12, eligible: 16, required: 14 };
    expect(explainAmount("Faxe", 36_713, cell({ ...reduced, pendingOthers: 2 }))).toContain(
      "Kun 12 af 16 kommuner deltager (10 har sagt Ja, 2 har endnu ikke besluttet sig), og kravet er 14, så totalen er reduceret.",
    );
    expect(explainAmount("Faxe", 36_713, cell(reduced))).toContain(
      "Kun 12 af 16 kommuner deltager, og kravet er 14, så totalen er reduceret.",
    );
  });
});
