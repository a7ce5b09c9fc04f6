import { describe, expect, it } from "vitest";
import { Refusal } from "../actions/refusal";
import { refuseIfChanged, shownAmounts, type ShownOfficeYear } from "./shown-amounts";

const clean: ShownOfficeYear = {
  officeId: "clean",
  unsettled: "",
  payers: [
    { code: "0265", isLead: true, computed: 500_000, invoiced: 0 },
    { code: "0320", isLead: false, computed: 250_001, invoiced: 0 },
    { code: "0336", isLead: false, computed: 249_999, invoiced: 0 },
  ],
};
const food: ShownOfficeYear = { ...clean, officeId: "food", unsettled: "2 kommuner har ikke besluttet sig" };

describe("what a closing form showed", () => {
  it("is the same for the same amounts, whatever order the offices come in", () => {
    expect(shownAmounts([clean, food])).toBe(shownAmounts([food, structuredClone(clean)]));
    expect(shownAmounts([clean])).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it("differs when one krone moves between two payers, though the total is the same", () => {
    const moved = structuredClone(clean);
    moved.payers[1]!.computed -= 1;
    moved.payers[2]!.computed += 1;
    expect(shownAmounts([moved])).not.toBe(shownAmounts([clean]));
  });

  it("differs when what was invoiced, who leads or why the year is not settled differs", () => {
    const invoiced = structuredClone(clean);
    invoiced.payers[1]!.invoiced = 250_001;
    const lead = structuredClone(clean);
    lead.payers[1]!.isLead = true;
    const reason = { ...clean, unsettled: "kontoret mangler en leadkommune" };
    const shown = shownAmounts([clean]);
    for (const other of [invoiced, lead, reason]) expect(shownAmounts([other])).not.toBe(shown);
  });

  it("refuses with the Danish message and what was not done; compares nothing when the form sent nothing", () => {
    expect(() => refuseIfChanged(shownAmounts([clean]), [food], "closing")).toThrow(Refusal);
    expect(() => refuseIfChanged(shownAmounts([clean]), [food], "closing")).toThrow(
      /^Beløbene eller årets afklaring er ændret, siden siden blev vist .* Intet er lukket\. Siden viser året, som det står nu: se det igen, før du fortsætter\.$/,
    );
    expect(() => refuseIfChanged(shownAmounts([clean]), [food], "settlements")).toThrow(
      /^Beløbene er ændret, siden siden blev vist .* Intet er opkrævet\. Siden viser nu de nye beløb: se dem igen, før du fortsætter\.$/,
    );
    expect(() => refuseIfChanged(shownAmounts([clean]), [clean], "closing")).not.toThrow();
    expect(() => refuseIfChanged(undefined, [food], "closing")).not.toThrow();
  });
});
