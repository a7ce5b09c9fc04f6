import { describe, expect, it } from "vitest";
import { amountsTableData, type AmountsTable } from "./amounts-table-data";
import { amountsTableHtml } from "./amounts-table-html";
import type { YearCell } from "./load-municipality-overview";

const cell = (year: number, over: Partial<YearCell> = {}): YearCell => ({
  year,
  amount: 12_345,
  ceiling: 20_000,
  state: "YES",
  status: "AT_RISK",
  settled: false,
  unsettled: ["PENDING"],
  ownPending: false,
  pendingOthers: 2,
  approved: null,
  overApproved: false,
  ceilingOverApproved: false,
  changed: null,
  pool: 500_000,
  participantsPopulation: 400_000,
  participants: 14,
  eligible: 16,
  required: 14,
  ...over,
});

/** As the browser gets it: the data goes through the RSC payload as JSON before the HTML is written from it. */
const written = (table: AmountsTable) => amountsTableHtml(JSON.parse(JSON.stringify(amountsTableData(table))));

const table = () =>
  written({
    periodId: "period-1",
    years: [2025, 2026],
    currentYear: 2026,
    offices: [
      {
        office: { id: "o1", slug: "byg", name: `Byg & "Miljø" <script>alert(1)</script>` },
        latestDecision: {
          decision: "YES",
          effectiveFromYear: 2026,
          effectiveToYear: 2026,
          meetingDate: new Date("2025-04-10"),
          councilBody: "Byrådet <i>",
          caseReference: "Sag 'x'",
        },
        years: [
          cell(2025, {
            state: "LEAD",
            amount: 500_000,
            ceiling: 500_000,
            settled: true,
            unsettled: [],
            // A decision for one year only: said as that year, not "fra 2025".
            changed: {
              previousAmount: 7_000,
              cause: { kind: "DECISION", municipality: "Faxe", decision: "NO", fromYear: 2025, toYear: 2025 },
            },
          }),
          cell(2026, {
            approved: 10_000,
            overApproved: true,
            changed: { previousAmount: 9_000, cause: { kind: "SETTINGS", note: "<img src=x onerror=alert(1)>" } },
          }),
        ],
      },
    ],
    totals: [
      { year: 2025, amount: 500_000, ceiling: 500_000, provisional: false },
      { year: 2026, amount: 12_345, ceiling: 20_000, provisional: true },
    ],
  });

describe("the municipality page's table (issue 17: sent as data, written as text on both sides)", () => {
  it("escapes every name and note a user typed: no markup gets through", () => {
    const html = table();
    expect(html).not.toMatch(/<script|<i>|<img/);
    expect(html).toContain("Byg &amp; &quot;Miljø&quot; &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Byrådet &lt;i&gt;, Sag &#x27;x&#x27;");
    expect(html).toContain("ændrede indstillinger (&lt;img src=x onerror=alert(1)&gt;)");
  });

  it("says what a user reads: amounts in da-DK, foreløbig with its reason, the ceiling, the approved amount, the change", () => {
    const text = table()
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ");
    expect(text).toContain("Lead 500.000 kr.");
    expect(text).toContain("Ja 12.345 kr. (foreløbig) 2 kommuner har ikke besluttet sig højst 20.000 kr.");
    expect(text).toContain("Over bevillingen på 10.000 kr.");
    expect(text).toContain("Ændret siden dit sidste besøg (før 9.000 kr.)");
    // A decision for one year only says so: the other years are still undecided (their own reasons say it).
    expect(text).toContain("Seneste beslutning: Ja 2026 (møde 10. april 2025, Byrådet &lt;i&gt;, Sag &#x27;x&#x27;)");
    expect(text).toContain("Ændret siden dit sidste besøg (før 7.000 kr.): Faxe Kommune: Nej 2025.");
    // "Se hvorfor" opens the explanation of the marked cell's own year, not the year the page explains.
    expect(table()).toContain(
      '<a href="?periode=period-1&amp;aar=2025#forklaring-byg" class="underline">Se hvorfor</a>',
    );
    expect(table()).toContain(
      '<a href="?periode=period-1&amp;aar=2026#forklaring-byg" class="underline">Se hvorfor</a>',
    );
    expect(table()).toContain('<th scope="col" class="px-3 py-2 text-right" data-current-column="true">2026</th>');
  });
});
