import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { EvaluationOverviewRow } from "@/lib/evaluations/load-evaluation-overview";
import { EvaluationStatusBadge } from "./evaluation-status-badge";
import { ScrollBox } from "./scroll-box";

/**
 * Offices × years with status and due date; overdue rows stand out (colour, icon and text). A returned evaluation
 * shows "Returneret", with the secretariat's comment one click away. Insiders only (the office, the secretariat).
 */
export function EvaluationTable({ rows, showOffice = true }: { rows: EvaluationOverviewRow[]; showOffice?: boolean }) {
  return (
    <ScrollBox className="rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Evalueringer med status og frist</caption>
        <thead className="bg-slate-100">
          <tr>
            {showOffice && (
              <th scope="col" className="px-3 py-2">
                Klyngekontor
              </th>
            )}
            <th scope="col" className="px-3 py-2">
              År
            </th>
            <th scope="col" className="px-3 py-2">
              Frist
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">Åbn</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.reportId}
              className={`border-t border-slate-200 ${r.status === "OVERDUE" ? "bg-red-50" : ""}`}
              data-testid={`evaluation-${r.officeId}-${r.year}`}
            >
              {showOffice && (
                <th scope="row" className="px-3 py-2 font-medium">
                  {r.officeName}
                </th>
              )}
              <td className="px-3 py-2">{r.year}</td>
              <td className="px-3 py-2">{formatDate(r.dueDate)}</td>
              <td className="px-3 py-2">
                <EvaluationStatusBadge status={r.status} />
                {r.notYetOpen && (
                  <span className="mt-1 block text-xs text-slate-700">Kan afleveres fra 1. januar {r.year}</span>
                )}
                {r.status === "RETURNED" && r.overdue && (
                  <span className="mt-1 block text-xs text-red-900">Fristen er overskredet</span>
                )}
                {r.returnComment && (
                  <details className="mt-1" data-testid="return-comment-toggle">
                    <summary className="cursor-pointer text-brand-700 underline">
                      Se bemærkningen<span className="sr-only"> til evaluering {r.year}</span>
                    </summary>
                    <p className="mt-1 max-w-md whitespace-pre-line">{r.returnComment}</p>
                  </details>
                )}
              </td>
              <td className="px-3 py-2">
                <Link
                  href={`/klyngekontorer/${r.officeId}/evalueringer/${r.year}`}
                  className="text-brand-700 underline"
                >
                  Åbn evaluering {r.year}
                  <span className="sr-only"> for {r.officeName}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
