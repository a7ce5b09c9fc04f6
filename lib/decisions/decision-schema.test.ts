import { describe, expect, it } from "vitest";
import { decisionSchema } from "./decision-schema";

const bounds = { firstYear: 2025, lastYear: 2028, today: "2026-12-07" };
const valid = {
  officeIds: ["office-1"],
  decision: "YES",
  effectiveFromYear: "2027",
  councilBody: "Byrådet",
  meetingDate: "2026-11-26",
  caseReference: "Punkt 7",
};

function messages(change: Record<string, string>) {
  const result = decisionSchema(bounds).safeParse({ ...valid, ...change });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("the council decision's fields", () => {
  it("takes a grant with a Ja, written as a user writes an amount", () => {
    const result = decisionSchema(bounds).safeParse({ ...valid, approvedAmountPerYear: "30.000 kr." });
    expect(result.success && result.data.approvedAmountPerYear).toBe(30_000);
  });

  it("refuses a grant with a Nej: it would stand in the statement as money granted and never paid", () => {
    expect(messages({ decision: "NO", approvedAmountPerYear: "1.000" })).toEqual([
      "Et bevilget beløb hører til en Ja-beslutning. Lad feltet stå tomt ved Nej.",
    ]);
    expect(messages({ decision: "NO", approvedAmountPerYear: "" })).toEqual([]);
  });

  it("still names a year before the meeting when the decision itself is not chosen yet", () => {
    expect(messages({ decision: "", effectiveFromYear: "2025", approvedAmountPerYear: "1.000" })).toEqual([
      "Vælg Ja eller Nej.",
      "Året ligger før mødets år og ændrer allerede forløbne år. Markér registreringen som rettelse, og skriv hvorfor.",
    ]);
  });

  it("a ticked correction names the registration it corrects, unless the decision reaches back before the meeting", () => {
    const correction = { isCorrection: "on", correctionReason: "Fejlregistrering" };
    // Greve's case from the try-out: meeting in 2026, «fra 2027», nothing chosen — not retroactive, and the
    // registration meant would stay in force.
    expect(messages(correction)).toEqual([
      "Vælg den registrering, der rettes. Beslutningen gælder fra 2027, ikke før mødets år (2026), så den har ikke " +
        "tilbagevirkende kraft. Er det ikke en rettelse, så fjern krydset.",
    ]);
    expect(messages({ ...correction, effectiveFromYear: "2026" })).toHaveLength(1);
    expect(messages({ ...correction, effectiveFromYear: "2025" })).toEqual([]); // retroactive: allowed
    expect(messages({ ...correction, correctsId: "decision-1" })).toEqual([]); // a correction of one registration
    expect(messages({})).toEqual([]);
  });
});
