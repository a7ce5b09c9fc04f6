import { describe, expect, it } from "vitest";
import { allocate } from "../allocation";
import { officeCardsData, type OfficeForCard } from "./office-cards-data";
import { officeCardsHtml } from "./office-cards-html";

/** An office of 16 eligible municipalities with the given decisions (14 must take part to keep the total). */
function office(decisions: { yes: number; pending: number; no: number }, extra: Partial<OfficeForCard> = {}) {
  const states = [
    ...Array<"YES">(decisions.yes).fill("YES"),
    ...Array<"PENDING">(decisions.pending).fill("PENDING"),
    ...Array<"NO">(decisions.no).fill("NO"),
  ];
  const allocation = allocate({
    nonLeadPool: 500_000,
    thresholdPercent: 85,
    leads: [{ code: "0370", amount: 500_000 }],
    municipalities: states.map((decision, index) => ({
      code: String(100 + index).padStart(4, "0"),
      population: 10_000 + index,
      decision,
    })),
  });
  return {
    id: "we-build",
    name: `Byg & "Anlæg" <script>`,
    city: "Næstved",
    leads: ["Næstved"],
    leadMissing: false,
    leadsLeft: [],
    overApproved: [],
    allocation,
    margin: decisions.yes + decisions.pending - allocation.required,
    lapsedPool: null,
    ...extra,
  } satisfies OfficeForCard;
}

/** As the browser gets it: the data goes through the RSC payload as JSON before the HTML is written from it. */
const html = (offices: OfficeForCard[], year = 2026) =>
  officeCardsHtml(JSON.parse(JSON.stringify(officeCardsData(offices, year))));

describe("the overview's office cards (issue 17: sent as data, written as text on both sides)", () => {
  it("escapes every name a user typed", () => {
    const cards = html([office({ yes: 16, pending: 0, no: 0 })]);
    expect(cards).not.toContain("<script>");
    expect(cards).toContain("Byg &amp; &quot;Anlæg&quot; &lt;script&gt;");
  });

  it("says how many take part, draws the gauge to scale with the threshold, and says the same in words", () => {
    const cards = html([office({ yes: 4, pending: 10, no: 2 })]);
    expect(cards).toContain("14 af 16 deltager — krav 14");
    expect(cards).toContain("(4 har sagt ja, 10 afventer)");
    expect(cards).toContain('style="width:25%"'); // 4 of 16 solid
    expect(cards).toContain('style="left:25%;width:62.5%"'); // 10 of 16 striped
    expect(cards).toContain('style="left:87.5%" data-testid="gauge-threshold"'); // 14 of 16
    expect(cards).toContain("krav 14</span>");
    expect(cards).toContain("4 ja og 10 afventer af 16; krav 14; status I risiko");
    expect(cards).toContain('data-status="AT_RISK"');
    // No room for one more "Nej": the warning is a status message.
    expect(cards).toContain('role="status" data-testid="early-warning">');
    expect(cards).toContain("reduceres.</p>");
  });

  it("warns when the total is reduced, when the lead is missing, and when an amount is over what was approved", () => {
    const cards = html([
      office(
        { yes: 12, pending: 0, no: 4 },
        {
          leadMissing: true,
          leadsLeft: ["Næstved"],
          leads: [],
          overApproved: [{ name: "Sorø", approved: 20_000, amount: 25_000, ceiling: 25_000 }],
        },
      ),
    ]);
    expect(cards).toContain("er reduceret: for få deltager. Opgaverne skal genforhandles med klyngen.");
    expect(cards).toContain("lead: ingen");
    expect(cards).toContain("Mangler lead: Næstved har meldt sig ud. Registrér en ny lead eller fordeling");
    expect(cards).toContain("Sorø: beløbet 25.000 kr. er over bevillingen på 20.000 kr.");
  });
});
