import { describe, expect, it } from "vitest";
import { configurationProblems, EXAMPLE_SECRET } from "./check-configuration";
import fs from "node:fs";

describe("configuration checked at start", () => {
  it("refuses the example secret from .env.example, a short secret, and none", () => {
    expect(fs.readFileSync(".env.example", "utf8")).toContain(`NEXTAUTH_SECRET="${EXAMPLE_SECRET}"`);
    expect(configurationProblems({ NEXTAUTH_SECRET: EXAMPLE_SECRET })).toEqual([
      "NEXTAUTH_SECRET er eksempelværdien fra .env.example.",
    ]);
    expect(configurationProblems({ NEXTAUTH_SECRET: "kort" })).toEqual([
      "NEXTAUTH_SECRET er for kort (4 tegn; mindst 32).",
    ]);
    expect(configurationProblems({})).toEqual(["NEXTAUTH_SECRET mangler."]);
    expect(configurationProblems({ NEXTAUTH_SECRET: "x".repeat(44) })).toEqual([]);
  });
});
