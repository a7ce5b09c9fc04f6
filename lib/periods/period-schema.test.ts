/**
 * The new period's form is checked in two passes so every problem is told at once (lib/periods/period-schema.ts): the
 * rules then read fields that may have failed, holding whatever was sent. Whatever is sent, the answer is a list of
 * Danish messages, never an exception (the e2e fuzz found `name.toLowerCase is not a function` once).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nestFormValues } from "../validation/nest-form-values";
import { periodSchema } from "./period-schema";

const schema = periodSchema({ municipalityIds: ["m1", "m2"] });
const valid: Record<string, unknown> = {
  name: "Periode",
  firstYear: "2025",
  lastYear: "2028",
  thresholdPercent: "85",
  populationBasisDate: "2025-01-01",
  "office.0.keep": "on",
  "office.0.name": "Klynge",
  "office.0.leadContribution": "500000",
  "office.0.nonLeadPool": "500000",
  "office.0.lead.0.municipalityId": "m1",
  "office.0.lead.0.amount": "500000",
};
const field = fc.constantFrom(...Object.keys(valid), "office.0", "office.0.lead", "office.0.lead.0", "office");
const value = fc.oneof(
  fc.string(),
  fc.constantFrom("", "-5", "on", "2099", "abc"),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string(), { maxKeys: 2 }),
  fc.constant(null),
);

describe("the new period's form, whatever is sent", () => {
  it("answers with Danish messages, never an exception", () => {
    expect(schema.safeParse(nestFormValues(valid as Record<string, string>)).success).toBe(true);
    fc.assert(
      fc.property(fc.dictionary(field, value, { maxKeys: 4 }), (change) => {
        const result = schema.safeParse({ ...nestFormValues(valid as Record<string, string>), ...change });
        const nested = schema.safeParse(nestFormValues({ ...valid, ...change } as Record<string, string>));
        for (const r of [result, nested])
          if (!r.success) for (const issue of r.error.issues) expect(issue.message).toMatch(/\S/);
      }),
      { numRuns: 500 },
    );
  });
});
