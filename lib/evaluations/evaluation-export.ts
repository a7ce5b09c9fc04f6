/** Key figures across offices and years as CSV (Danish Excel) and XLSX. */
import ExcelJS from "exceljs";
import { formatDate } from "../format";
import { EVALUATION_STATUS_LABELS } from "./evaluation-status";
import { KPI_FIELDS } from "./evaluation-schema";
import type { EvaluationOverviewRow } from "./load-evaluation-overview";

const KEYS = Object.keys(KPI_FIELDS) as (keyof typeof KPI_FIELDS)[];
const HEADER = ["Klyngekontor", "År", "Frist", "Status", "Version", ...KEYS.map((k) => KPI_FIELDS[k])];
const values = (r: EvaluationOverviewRow) => [
  r.officeName,
  r.year,
  formatDate(r.dueDate),
  EVALUATION_STATUS_LABELS[r.status],
  r.kpis?.version ?? "",
  ...KEYS.map((k) => r.kpis?.[k] ?? ""),
];

export function evaluationCsv(rows: EvaluationOverviewRow[]): string {
  const cell = (v: string | number) =>
    /[;"\r\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v);
  return "\uFEFF" + [HEADER, ...rows.map(values)].map((line) => line.map(cell).join(";")).join("\r\n") + "\r\n";
}

export async function evaluationXlsx(rows: EvaluationOverviewRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Nøgletal");
  sheet.addRow(HEADER).font = { bold: true };
  for (const r of rows) sheet.addRow(values(r));
  // Whole numbers with thousands separators; the amount's header says "(kr.)" itself.
  for (let c = 6; c <= HEADER.length; c++) sheet.getColumn(c).numFmt = "#,##0";
  sheet.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
