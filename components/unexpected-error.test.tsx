import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import ErrorPage from "../app/error";
import GlobalError from "../app/global-error";

describe("the Danish error pages", () => {
  const error = Object.assign(new Error("boom"), { digest: "1234567890" });

  it("shows a Danish message and the error id (Next's digest, which the server log line carries)", () => {
    const html = renderToStaticMarkup(<ErrorPage error={error} reset={() => undefined} />);
    expect(html).toContain("Der opstod en fejl");
    expect(html).toContain('<code data-testid="error-id">1234567890</code>');
    expect(html).toContain("Prøv igen");
    expect(html).not.toContain("boom");
  });

  it("brings its own Danish document and header when the root layout itself failed", () => {
    const html = renderToStaticMarkup(<GlobalError error={error} />);
    expect(html).toMatch(/^<html lang="da">/);
    expect(html).toContain("Klyngeportalen</a></div></header>");
    expect(html).toContain("1234567890");
    expect(html).not.toContain("boom");
  });
});
