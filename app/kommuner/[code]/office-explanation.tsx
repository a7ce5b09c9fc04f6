import { formatKroner, formatNumber } from "@/lib/format";
import { escape } from "@/lib/html/escape";
import { deriveFromKept } from "@/lib/shares/agreement-cache";
import type { YearCell } from "@/lib/shares/load-municipality-overview";

const exact = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

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
          `<p class="text-slate-800">${escape(explain(municipalityName, population, cell))}</p></div>`
        );
      })
      .join(""),
  );
  return <div className="space-y-3" dangerouslySetInnerHTML={{ __html: html }} />;
}

function explain(name: string, population: number, cell: YearCell): string {
  if (cell.state === "LEAD") {
    return (
      `${name} er leadkommune i ${cell.year} og betaler leadbidraget på ${formatKroner(cell.amount)} ` +
      "Leadbidraget fordeles ikke efter indbyggertal."
    );
  }
  if (cell.state === "NO") {
    return `${name} deltager ikke i ${cell.year} og betaler intet. Puljen fordeles mellem de ${cell.participants} kommuner, der deltager.`;
  }
  if (cell.status === "REDUCED") {
    const why = `Kun ${cell.participants} af ${cell.eligible} kommuner deltager, og kravet er ${cell.required}, så totalen er reduceret.`;
    return cell.unsettled.includes("REDUCED_WITHOUT_POOL")
      ? `${why} Indtil KKR har aftalt en reduceret pulje med klyngen, betaler hver deltagende kommune det, den ville ` +
          `betale, hvis alle deltog: ${formatKroner(cell.amount)}`
      : `${why} KKR har aftalt en reduceret pulje på ${formatKroner(cell.pool)}, som fordeles efter indbyggertal: ` +
          `${formatKroner(cell.amount)}`;
  }
  const share = (cell.pool * population) / cell.participantsPopulation;
  return (
    `Puljen på ${formatKroner(cell.pool)} fordeles mellem de ${cell.participants} deltagende kommuner (Ja og endnu ` +
    `ikke besluttet) efter indbyggertal: ${formatKroner(cell.pool)} × ${formatNumber(population)} / ` +
    `${formatNumber(cell.participantsPopulation)} = ${exact.format(share)} kr. I hele kroner: ${formatKroner(cell.amount)} ` +
    "(største-rest-metoden: de sidste kroner går til de største decimaler)."
  );
}
