import { describe, expect, it } from "vitest";
import { accessibilityConfig } from "./accessibility-config";

describe("the accessibility statement's configuration", () => {
  it("links to the statement published in WAS and shows the contact address", () => {
    expect(
      accessibilityConfig({
        KLYNGEPORTALEN_ACCESSIBILITY_STATEMENT_URL: " https://www.was.digst.dk/klyngeportalen-dk ",
        KLYNGEPORTALEN_ACCESSIBILITY_EMAIL: "tilgaengelighed@kl.dk",
      }),
    ).toEqual({ statementUrl: "https://www.was.digst.dk/klyngeportalen-dk", email: "tilgaengelighed@kl.dk" });
  });
  it("never turns a bad value into a link", () => {
    for (const url of ["javascript:alert(1)", "www.was.digst.dk/x", "", "  ", "ftp://x.dk/y"])
      expect(accessibilityConfig({ KLYNGEPORTALEN_ACCESSIBILITY_STATEMENT_URL: url }).statementUrl).toBeNull();
    expect(accessibilityConfig({ KLYNGEPORTALEN_ACCESSIBILITY_EMAIL: "ikke en adresse" }).email).toBeNull();
    expect(accessibilityConfig({})).toEqual({ statementUrl: null, email: null });
  });
});
