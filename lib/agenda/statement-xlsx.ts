/** The municipality's statement across all years as XLSX: every office-year, and the total per year (formulas). */
import ExcelJS from "exceljs";
import { formatDate } from "../format";
import { STATEMENT_HEADER, type StatementExport } from "./statement-export";
import { sumCell } from "../xlsx/sum-cell";

// The headers say "(kr.)", so the cells are whole numbers with thousands separators, without "kr." again.
const KRONER = "#,##0";

export async function statementXlsx(statement: StatementExport, today: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Klyngeportalen";
  const sheet = workbook.addWorksheet("Opgørelse");
  sheet.addRow([`${statement.municipalityName} Kommune: medfinansiering af klyngekontorerne, alle år`]).font = {
    bold: true,
    size: 13,
  };
  sheet.addRow([`Opgjort ${formatDate(today)} · «Foreløbig» kan stadig ændre sig; «Højst» er det mest, det kan blive`]);
  sheet.addRow([]);
  sheet.addRow(STATEMENT_HEADER).font = { bold: true };
  const first = sheet.rowCount + 1;
  for (const row of statement.rows) {
    sheet.addRow([
      row.period,
      row.year,
      row.office,
      row.decision,
      row.amount,
      row.provisional ? "ja" : "",
      row.ceiling,
      row.approved,
      row.status,
    ]);
  }
  sheet.autoFilter = {
    from: { row: first - 1, column: 1 },
    to: { row: sheet.rowCount, column: STATEMENT_HEADER.length },
  };
  for (const column of [5, 7, 8]) sheet.getColumn(column).numFmt = KRONER;
  sheet.columns.forEach((column, i) => (column.width = [12, 8, 36, 12, 16, 11, 16, 16, 18][i]));
  sheet.views = [{ state: "frozen", ySplit: first - 1 }];

  // One row per year: the sum of that year's rows, as formulas over the first sheet (they survive filtering).
  const years = workbook.addWorksheet("I alt pr. år");
  years.addRow(["Periode", "År", "Beløb (kr.)", "Højst (kr.)", "Foreløbig"]).font = { bold: true };
  const last = sheet.rowCount;
  const byYear = new Map<number, { period: string; amount: number; ceiling: number; provisional: boolean }>();
  for (const row of statement.rows) {
    const total = byYear.get(row.year) ?? { period: row.period, amount: 0, ceiling: 0, provisional: false };
    byYear.set(row.year, {
      period: total.period,
      amount: total.amount + row.amount,
      ceiling: total.ceiling + row.ceiling,
      provisional: total.provisional || row.provisional,
    });
  }
  for (const [year, total] of byYear) {
    const range = (column: string) => `'Opgørelse'!${column}${first}:${column}${last}`;
    years.addRow([
      total.period,
      year,
      sumCell(`SUMIF(${range("B")},${year},${range("E")})`, total.amount),
      sumCell(`SUMIF(${range("B")},${year},${range("G")})`, total.ceiling),
      total.provisional ? "ja" : "",
    ]);
  }
  for (const column of [3, 4]) years.getColumn(column).numFmt = KRONER;
  years.columns.forEach((column, i) => (column.width = [12, 8, 16, 16, 11][i]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
