import { formatKroner, formatNumber } from "@/lib/format";
import type { YearCell } from "@/lib/shares/load-municipality-overview";

const exact = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** One short paragraph per office: how this municipality's amount for the year is computed (issue 10). */
export function OfficeExplanation({
  id,
  officeName,
  municipalityName,
  population,
  cell,
}: {
  id: string;
  officeName: string;
  municipalityName: string;
  population: number;
  cell: YearCell;
}) {
  return (
    <div id={id} tabIndex={-1} className="scroll-mt-4" data-testid="office-explanation">
      <h3 className="font-semibold">
        {officeName}, {cell.year}
      </h3>
      <p className="text-slate-800">{explain(municipalityName, population, cell)}</p>
    </div>
  );
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
