import { escape } from "@/lib/html/escape";
import { deriveFromKept } from "@/lib/shares/agreement-cache";
import { explainAmount } from "@/lib/shares/explain-amount";
import type { YearCell } from "@/lib/shares/load-municipality-overview";

type Office = { office: { name: string; slug: string }; years: YearCell[] };

/**
 * One short paragraph per office: how this municipality's amount for the year is computed (issue 10). Written as
 * HTML text once per computed agreement, municipality and year, and kept with the municipality's amounts (issue 17:
 * the same text for every request until the next save). Every value goes through `escape`. Each paragraph is a
 * target of the table's "changed" marks (`#forklaring-<slug>`), focusable so the jump moves the focus too.
 */
export function OfficeExplanations({
  offices,
  municipalityName,
  population,
  year,
}: {
  /** The municipality's amounts as kept with the view (load-municipality-overview.ts). */
  offices: Office[];
  municipalityName: string;
  population: number;
  year: number;
}) {
  // The name and the population are the municipality's, and `offices` are that municipality's amounts of one view.
  const html = deriveFromKept(offices, `explanations:${year}`, () =>
    offices
      .map(({ office, years }) => {
        const cell = years.find((c) => c.year === year)!;
        return (
          `<div id="forklaring-${escape(office.slug)}" tabindex="-1" class="scroll-mt-4" data-testid="office-explanation">` +
          `<h3 class="font-semibold">${escape(office.name)}, ${cell.year}</h3>` +
          `<p class="text-slate-800">${escape(explainAmount(municipalityName, population, cell))}</p></div>`
        );
      })
      .join(""),
  );
  return <div className="space-y-3" dangerouslySetInnerHTML={{ __html: html }} />;
}
