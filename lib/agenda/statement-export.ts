/**
 * A municipality's statement across every period, year and office (issue 16), as rows for XLSX and CSV: the
 * amounts of the municipality page, one row per office-year, with how sure each amount is and the most it can
 * become. Pure; loaded by load-statement-export.ts.
 */
import { DECISION_LABELS, STATUS_LABELS } from "../format";
import type { YearCell } from "../shares/load-municipality-overview";

export type StatementRow = {
  period: string;
  year: number;
  office: string;
  decision: string;
  amount: number;
  provisional: boolean;
  ceiling: number;
  /** What the council granted per year for the office (the decision in force), if it said. */
  approved: number | null;
  status: string;
};

export type StatementExport = { municipalityName: string; municipalityCode: string; rows: StatementRow[] };

export function statementRows(
  period: { name: string },
  offices: { office: { name: string }; years: YearCell[] }[],
): StatementRow[] {
  const rows = offices.flatMap(({ office, years }) =>
    years.map((cell) => ({
      period: period.name,
      year: cell.year,
      office: office.name,
      decision: cell.state === "LEAD" ? "Lead" : DECISION_LABELS[cell.state],
      amount: cell.amount,
      provisional: !cell.settled && cell.state !== "NO",
      ceiling: cell.ceiling,
      approved: cell.approved,
      status: STATUS_LABELS[cell.status],
    })),
  );
  // Year by year, offices in KKR's order within a year: how a budget is read.
  const officeOrder = offices.map((o) => o.office.name);
  return rows.sort((a, b) => a.year - b.year || officeOrder.indexOf(a.office) - officeOrder.indexOf(b.office));
}

const HEADER = [
  "Periode",
  "År",
  "Klyngekontor",
  "Beslutning",
  "Beløb (kr.)",
  "Foreløbig",
  "Højst (kr.)",
  "Bevilling (kr.)",
  "Kontorets status",
];

function csvCell(value: string | number): string {
  const text = String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV for Danish Excel, like the appendix's: UTF-8 with BOM, semicolons, CRLF, whole kroner without separators. */
export function statementCsv(statement: StatementExport): string {
  const lines = [
    HEADER,
    ...statement.rows.map((row) => [
      row.period,
      String(row.year),
      row.office,
      row.decision,
      String(row.amount),
      row.provisional ? "ja" : "nej",
      String(row.ceiling),
      row.approved === null ? "" : String(row.approved),
      row.status,
    ]),
  ];
  return "\uFEFF" + lines.map((line) => line.map(csvCell).join(";")).join("\r\n") + "\r\n";
}

export { HEADER as STATEMENT_HEADER };
