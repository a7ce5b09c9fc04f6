import Link from "next/link";
import { DecisionBadge } from "@/components/badges";
import { formatDate, formatNumber } from "@/lib/format";
import type { MatrixCell } from "@/lib/secretariat/load-overview";

type Props = {
  /** The period shown: the municipality pages open on it. */
  periodId: string;
  year: number;
  offices: { id: string; name: string }[];
  rows: { code: string; name: string; population: number; cells: MatrixCell[] }[];
  totalPopulation: number;
};

function cellNote(cell: MatrixCell): string {
  if (cell.state === "LEAD") return "Leadkommune";
  if (cell.meetingDate) return `Besluttet ${formatDate(cell.meetingDate)}`;
  return "Ingen beslutning registreret";
}

export function DecisionMatrix({ periodId, year, offices, rows, totalPopulation }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Kommunernes beslutninger pr. klyngekontor i {year}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              Kommune
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Indbyggere
            </th>
            {offices.map((o) => (
              <th key={o.id} scope="col" className="px-3 py-2">
                {o.name}
              </th>
            ))}
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
              {row.cells.map((cell) => (
                <td key={cell.officeId} className="px-3 py-2">
                  {/* The decision date shows on hover and keyboard focus, and is read by screen readers (.tip). */}
                  <span tabIndex={0} className="tip">
                    <DecisionBadge state={cell.state} />
                    <span className="tip-text">, {cellNote(cell)}</span>
                  </span>
                </td>
              ))}
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
            <td colSpan={offices.length} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
