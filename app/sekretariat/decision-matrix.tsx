import Link from "next/link";
import { DecisionBadge } from "@/components/badges";
import { ScrollTable } from "@/components/scroll-table";
import { DECISION_LABELS, formatDate, formatKroner, formatNumber } from "@/lib/format";
import type { MatrixCell } from "@/lib/secretariat/load-overview";

/** What the matrix shows in its cells: each council's decision, or what each municipality pays (issue 16). */
export type MatrixView = "status" | "beloeb";

type Props = {
  /** The period shown: the municipality pages open on it. */
  periodId: string;
  year: number;
  view: MatrixView;
  offices: { id: string; name: string }[];
  rows: { code: string; name: string; population: number; cells: MatrixCell[] }[];
  totalPopulation: number;
};

function cellNote(cell: MatrixCell): string {
  if (cell.state === "LEAD") return "Leadkommune";
  if (cell.meetingDate) return `Besluttet ${formatDate(cell.meetingDate)}`;
  return "Ingen beslutning registreret";
}

const stateLabel = (state: MatrixCell["state"]) => (state === "LEAD" ? "Lead" : DECISION_LABELS[state]);

export function DecisionMatrix({ periodId, year, view, offices, rows, totalPopulation }: Props) {
  const amounts = view === "beloeb";
  const caption = amounts
    ? `Kommunernes beløb pr. klyngekontor i ${year}`
    : `Kommunernes beslutninger pr. klyngekontor i ${year}`;
  const officeTotal = (index: number) => rows.reduce((sum, row) => sum + row.cells[index]!.amount, 0);
  return (
    <ScrollTable label={caption} hint="Tabellen er bredere end skærmen: stryg til siden for at se alle kontorer.">
      <table className="w-full text-left text-sm" data-testid={`matrix-${view}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              Kommune
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Indbyggere
            </th>
            {offices.map((o) => (
              <th key={o.id} scope="col" className={`px-3 py-2 ${amounts ? "text-right" : ""}`}>
                {o.name}
              </th>
            ))}
            {amounts && (
              <th scope="col" className="px-3 py-2 text-right">
                I alt
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={`/kommuner/${row.code}?periode=${periodId}`} className="text-brand-700 underline">
                  {row.name}
                </Link>
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(row.population)}</td>
              {row.cells.map((cell) =>
                amounts ? (
                  <td key={cell.officeId} className="px-3 py-2 text-right tabular-nums">
                    {formatKroner(cell.amount)}
                    <span className="block text-xs text-slate-700">
                      {stateLabel(cell.state)}
                      {cell.provisional ? " · foreløbig" : ""}
                    </span>
                  </td>
                ) : (
                  <td key={cell.officeId} className="px-3 py-2">
                    {/* The decision date shows on hover and keyboard focus, and is read by screen readers (.tip). */}
                    <span tabIndex={0} className="tip">
                      <DecisionBadge state={cell.state} />
                      <span className="tip-text">, {cellNote(cell)}</span>
                    </span>
                  </td>
                ),
              )}
              {amounts && (
                <td className="px-3 py-2 text-right font-medium tabular-nums" data-testid={`row-total-${row.code}`}>
                  {formatKroner(row.cells.reduce((sum, cell) => sum + cell.amount, 0))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 font-semibold">
          <tr>
            <th scope="row" className="px-3 py-2">
              I alt ({rows.length} kommuner)
            </th>
            <td className="px-3 py-2 text-right tabular-nums" data-testid="population-total">
              {formatNumber(totalPopulation)}
            </td>
            {amounts ? (
              <>
                {offices.map((office, index) => (
                  <td
                    key={office.id}
                    className="px-3 py-2 text-right tabular-nums"
                    data-testid={`office-total-${office.id}`}
                  >
                    {formatKroner(officeTotal(index))}
                  </td>
                ))}
                <td className="px-3 py-2 text-right tabular-nums">
                  {formatKroner(offices.reduce((sum, _office, index) => sum + officeTotal(index), 0))}
                </td>
              </>
            ) : (
              <td colSpan={offices.length} />
            )}
          </tr>
        </tfoot>
      </table>
    </ScrollTable>
  );
}
