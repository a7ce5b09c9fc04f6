import { describe, expect, it } from "vitest";
import { nestFormValues } from "./nest-form-values";

describe("nestFormValues", () => {
  it("makes arrays of numbered groups and objects of named ones", () => {
    expect(
      nestFormValues({
        name: "2025–2028",
        "office.0.name": "CLEAN",
        "office.0.lead.0.amount": "500000",
        "office.0.lead.2.amount": "1",
        "office.1.name": "Ny",
      }),
    ).toEqual({
      name: "2025–2028",
      office: [{ name: "CLEAN", lead: [{ amount: "500000" }, { amount: "1" }] }, { name: "Ny" }],
    });
  });
  it("ignores keys that could reach the prototype, and empty parts", () => {
    const nested = nestFormValues({ "__proto__.polluted": "ja", "a..b": "x", "office.0.constructor.x": "y" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(nested).toEqual({});
  });
});
