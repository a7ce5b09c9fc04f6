import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../actions/action-state";
import { leadSplitSchema, poolOverrideSchema } from "./settings-schemas";

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? {} : fieldErrorsOf(result.error!.issues);

describe("the settings forms report every problem in one round (issue 16)", () => {
  it("an agreed pool that is too large AND has no reason: both at once", () => {
    expect(
      errorsOf(poolOverrideSchema({ nonLeadPool: 500_000 }).safeParse({ amount: "600.000", reason: " " })),
    ).toEqual({
      amount: "Den aftalte pulje kan ikke være større end den fulde pulje på 500.000 kr.",
      reason: "Skriv begrundelsen for den aftalte pulje.",
    });
  });

  const split = leadSplitSchema({
    municipalityIds: ["kalundborg", "guldborgsund", "holbaek"],
    leadContribution: 500_000,
    firstYear: 2021,
    lastYear: 2024,
  });

  it("leads that do not add up, a new lead without an amount and a year outside the period: all at once", () => {
    const errors = errorsOf(
      split.safeParse({
        fromYear: "2030",
        "lead:kalundborg": "200.000",
        "lead:guldborgsund": "100000",
        newLeadMunicipalityId: "holbaek",
      }),
    );
    expect(errors).toEqual({
      fromYear: "Året skal ligge i perioden 2021–2024.",
      amounts: "Leadbeløbene skal tilsammen give 500.000 kr. (nu 300.000 kr.).",
      newLeadAmount: "Skriv den nye leadkommunes beløb.",
    });
  });

  it("a wrong amount is told at its municipality's field, and the sum waits for it", () => {
    expect(
      errorsOf(split.safeParse({ fromYear: "2024", "lead:kalundborg": "-250000", "lead:guldborgsund": "250000" })),
    ).toEqual({ "lead:kalundborg": "Beløbet kan ikke være under 0 kr." });
  });

  it("a new lead's amount without the new lead is not silently counted", () => {
    expect(
      errorsOf(
        split.safeParse({
          fromYear: "2024",
          "lead:kalundborg": "250000",
          "lead:guldborgsund": "150000",
          newLeadAmount: "100000",
        }),
      ),
    ).toEqual({ newLeadMunicipalityId: "Vælg den nye leadkommune, eller slet beløbet." });
  });

  it("a valid split passes, with the new lead", () => {
    const parsed = split.parse({
      fromYear: "2024",
      "lead:kalundborg": "250000",
      "lead:guldborgsund": "0",
      newLeadMunicipalityId: "holbaek",
      newLeadAmount: "250.000 kr.",
    });
    expect(parsed).toEqual({
      fromYear: 2024,
      leads: [
        { municipalityId: "kalundborg", amount: 250_000 },
        { municipalityId: "holbaek", amount: 250_000 },
      ],
    });
  });
});
