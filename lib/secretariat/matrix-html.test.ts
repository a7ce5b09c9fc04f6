import { describe, expect, it } from "vitest";
import { matrixData, type MatrixProps } from "./matrix-data";
import { matrixHtml } from "./matrix-html";

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
        { officeId: "o2", state: "NO", amount: 0, provisional: false, meetingDate: new Date("2025-04-10") },
      ],
    },
  ],
});

/** As the browser gets it: the data goes through the RSC payload as JSON before the HTML is written from it. */
const html = (view: MatrixProps["view"]) => matrixHtml(JSON.parse(JSON.stringify(matrixData(props(view)))));

describe("the overview's matrix (issue 17: sent as data, written as text on both sides)", () => {
  it("escapes every name a user typed: no markup gets through", () => {
    const status = html("status");
    expect(status).not.toContain("<script>");
    expect(status).not.toContain("<b>");
    expect(status).toContain("Byg &amp; &quot;Miljø&quot; &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(status).toContain("København &lt;b&gt;");
  });

  it("shows each council's decision with its date, and links each municipality to its page in the period", () => {
    const status = html("status");
    expect(status).toContain('data-testid="matrix-status"');
    expect(status).toContain('<a href="/kommuner/0101?periode=period-1">');
    // The badge is the tooltip; its look, its icon and the comma before the note are the stylesheet's (.decisions).
    expect(status).toContain('<table class="matrix decisions ');
    expect(status).toContain('<td class="LEAD"><span tabindex="0">Lead<span>Leadkommune</span></span></td>');
    expect(status).toContain('<td class="YES"><span tabindex="0">Ja<span>Besluttet 10. april 2025</span></span></td>');
    expect(status).toContain('<td class="NO"><span tabindex="0">Nej<span>Besluttet 10. april 2025</span></span></td>');
    expect(status).toContain(
      '<td class="PENDING"><span tabindex="0">Afventer<span>Ingen beslutning registreret</span>',
    );
    expect(status.match(/<tr><th scope="row"><a href=/g)).toHaveLength(2);
    expect(status).toContain('data-testid="population-total">750.000</td>');
  });

  it("adds up what it shows: a filtered table's totals are those of its rows", () => {
    const all = props("beloeb");
    const filtered = matrixHtml(matrixData({ ...all, rows: all.rows.slice(1) }));
    expect(filtered).toContain("I alt (1 kommune)");
    expect(filtered).toContain('data-testid="population-total">100.000</td>');
    expect(filtered).toContain('data-testid="office-total-o1">80.000 kr.</td>');
  });

  it("sends each date once, however many cells show it", () => {
    expect(matrixData(props("status")).notes).toEqual([
      "Leadkommune",
      "Besluttet 10. april 2025",
      "Ingen beslutning registreret",
    ]);
  });

  it("adds up the amounts per municipality and per office", () => {
    const amounts = html("beloeb");
    expect(amounts).toContain('data-testid="row-total-0101">620.000 kr.</td>');
    expect(amounts).toContain('data-testid="office-total-o1">580.000 kr.</td>');
    expect(amounts).toContain('data-testid="office-total-o2">120.000 kr.</td>');
    expect(amounts).toContain("700.000 kr.</td></tr></tfoot>");
    expect(amounts).toContain("Ja · foreløbig");
    expect(amounts).toContain(">0 kr.<span");
  });
});
