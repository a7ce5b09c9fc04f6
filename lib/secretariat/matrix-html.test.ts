import { describe, expect, it } from "vitest";
import { matrixHtml, type MatrixProps } from "./matrix-html";

const props = (view: MatrixProps["view"]): MatrixProps => ({
  periodId: "period-1",
  year: 2026,
  view,
  offices: [
    { id: "o1", name: `Byg & "Miljø" <script>alert(1)</script>` },
    { id: "o2", name: "Fødevarer" },
  ],
  rows: [
    {
      code: "0101",
      name: "København <b>",
      population: 650_000,
      cells: [
        { officeId: "o1", state: "LEAD", amount: 500_000, provisional: false },
        { officeId: "o2", state: "YES", amount: 120_000, provisional: true, meetingDate: new Date("2025-04-10") },
      ],
    },
    {
      code: "0147",
      name: "Frederiksberg",
      population: 100_000,
      cells: [
        { officeId: "o1", state: "PENDING", amount: 80_000, provisional: true },
        { officeId: "o2", state: "NO", amount: 0, provisional: false },
      ],
    },
  ],
  totalPopulation: 750_000,
});

describe("matrixHtml (issue 17: the overview's matrix written as text)", () => {
  it("escapes every name a user typed: no markup gets through", () => {
    const html = matrixHtml(props("status"));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("Byg &amp; &quot;Miljø&quot; &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("København &lt;b&gt;");
  });

  it("shows each council's decision with its date, and links each municipality to its page in the period", () => {
    const html = matrixHtml(props("status"));
    expect(html).toContain('data-testid="matrix-status"');
    expect(html).toContain('<a href="/kommuner/0101?periode=period-1">');
    // The badge is the tooltip; its icon is drawn by the stylesheet (.matrix .badge-LEAD::before).
    expect(html).toContain(
      '<span tabindex="0" class="tip badge badge-LEAD">Lead<span class="tip-text"><span class="sr-only">, </span>Leadkommune</span>',
    );
    expect(html).toContain('<span class="tip-text"><span class="sr-only">, </span>Besluttet 10. april 2025</span>');
    expect(html).toContain('<span class="tip-text"><span class="sr-only">, </span>Ingen beslutning registreret</span>');
    expect(html.match(/<tr><th scope="row"><a href=/g)).toHaveLength(2);
    expect(html).toContain('data-testid="population-total">750.000</td>');
  });

  it("adds up the amounts per municipality and per office", () => {
    const html = matrixHtml(props("beloeb"));
    expect(html).toContain('data-testid="row-total-0101">620.000 kr.</td>');
    expect(html).toContain('data-testid="office-total-o1">580.000 kr.</td>');
    expect(html).toContain('data-testid="office-total-o2">120.000 kr.</td>');
    expect(html).toContain("700.000 kr.</td></tr></tfoot>");
    expect(html).toContain("Ja · foreløbig");
  });
});
