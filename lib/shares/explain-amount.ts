/**
 * How one municipality's amount for one office and year is computed, in one paragraph of plain Danish text (issue
 * 10): the municipality page's explanations (app/kommuner/[code]/office-explanation.tsx, which escapes it).
 */
import { formatKroner, formatNumber } from "../format";
import type { YearCell } from "./load-municipality-overview";

const exact = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function explainAmount(name: string, population: number, cell: YearCell): string {
  if (cell.state === "LEAD") {
    return (
      `${name} er leadkommune i ${cell.year} og betaler leadbidraget på ${formatKroner(cell.amount)} ` +
      "Leadbidraget fordeles ikke efter indbyggertal."
    );
  }
  // Who takes part: those that said "Ja" and — provisionally — those that have not decided yet (this one too).
  const pending = cell.pendingOthers + (cell.state === "PENDING" ? 1 : 0);
  const split =
    pending === 0 ? "" : ` (${cell.participants - pending} har sagt Ja, ${pending} har endnu ikke besluttet sig)`;
  if (cell.state === "NO") {
    const among = pending === 0 ? "der har sagt Ja" : `der deltager${split}`;
    return `${name} deltager ikke i ${cell.year} og betaler intet. Puljen fordeles mellem de ${cell.participants} kommuner, ${among}.`;
  }
  if (cell.status === "REDUCED") {
    const why =
      `Kun ${cell.participants} af ${cell.eligible} kommuner deltager${split}, og kravet er ${cell.required}, så ` +
      "totalen er reduceret.";
    return cell.unsettled.includes("REDUCED_WITHOUT_POOL")
      ? `${why} Indtil KKR har aftalt en reduceret pulje med klyngen, betaler hver deltagende kommune det, den ville ` +
          `betale, hvis alle deltog: ${formatKroner(cell.amount)}`
      : `${why} KKR har aftalt en reduceret pulje på ${formatKroner(cell.pool)}, som fordeles efter indbyggertal: ` +
          `${formatKroner(cell.amount)}`;
  }
  const share = (cell.pool * population) / cell.participantsPopulation;
  const among =
    pending === 0
      ? `de ${cell.participants} kommuner, der har sagt Ja,`
      : `de ${cell.participants} deltagende kommuner${split}`;
  return (
    `Puljen på ${formatKroner(cell.pool)} fordeles mellem ${among} efter indbyggertal: ` +
    `${formatKroner(cell.pool)} × ${formatNumber(population)} / ` +
    `${formatNumber(cell.participantsPopulation)} = ${exact.format(share)} kr. I hele kroner: ${formatKroner(cell.amount)} ` +
    "(største-rest-metoden: de sidste kroner går til de største decimaler)."
  );
}
