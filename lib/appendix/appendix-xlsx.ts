/** XLSX: a summary sheet plus one sheet per office, with real number formats (kr., %), sums as formulas. */
import ExcelJS from "exceljs";
import { formatDate, STATUS_LABELS } from "../format";
import type { Appendix } from "./build-appendix";
import { sumCell } from "../xlsx/sum-cell";

const KRONER = '#,##0" kr."';
const PERCENT = "0.00%";
const STATE_LABELS = { YES: "Ja", NO: "Nej", PENDING: "Afventer", LEAD: "Lead" } as const;

/** Excel sheet names: max 31 chars, no []:*?/\ */
function sheetName(name: string, used: Set<string>): string {
  let base = name.replace(/[[\]:*?/\\]/g, "").slice(0, 31);
  for (let i = 2; used.has(base); i++) base = `${name.slice(0, 28)} ${i}`;
  used.add(base);
  return base;
}

export async function appendixXlsx(appendix: Appendix): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Klyngeportalen";
  const used = new Set<string>();

  const summary = workbook.addWorksheet(sheetName("Oversigt", used));
  summary.addRow([`${appendix.regionName}: ${appendix.agreementName} — bilag ${appendix.year}`]).font = {
    bold: true,
    size: 13,
  };
  summary.addRow([
    `Befolkningstal pr. ${formatDate(appendix.populationBasisDate)} · udskrevet ${formatDate(new Date())}`,
  ]);
  summary.addRow([]);
  const head = summary.addRow(["Kommune", ...appendix.offices.map((o) => o.name), "I alt", "Foreløbig"]);
  head.font = { bold: true };
  const first = summary.rowCount + 1;
  for (const m of appendix.municipalityTotals) {
    const amounts = appendix.offices.map((o) => [...o.leads, ...o.rows].find((r) => r.code === m.code)?.amount ?? 0);
    summary.addRow([m.name, ...amounts, m.total, m.provisional ? "ja" : ""]);
  }
  const last = summary.rowCount;
  const totalRow = summary.addRow([
    "I alt",
    ...appendix.offices.map((o, i) => sumCell(`SUM(${col(i + 2)}${first}:${col(i + 2)}${last})`, o.total)),
    sumCell(
      `SUM(${col(appendix.offices.length + 2)}${first}:${col(appendix.offices.length + 2)}${last})`,
      appendix.grandTotal,
    ),
  ]);
  totalRow.font = { bold: true };
  for (let c = 2; c <= appendix.offices.length + 2; c++) summary.getColumn(c).numFmt = KRONER;
  summary.columns.forEach((column) => (column.width = 22));

  for (const office of appendix.offices) {
    const sheet = workbook.addWorksheet(sheetName(office.name, used));
    sheet.addRow([`${office.name} — ${appendix.year}`]).font = { bold: true, size: 13 };
    sheet.addRow([
      `Status: ${STATUS_LABELS[office.status]} · ${office.participants} af ${office.eligible} deltager (krav ${office.required})`,
    ]);
    sheet.addRow([]);
    sheet.addRow(["Kommunekode", "Kommune", "Indbyggere", "Beslutning", "Beløb", "Andel af puljen", "Foreløbig"]).font =
      { bold: true };
    for (const lead of office.leads)
      sheet.addRow([lead.code, lead.name, lead.population, "Lead", lead.amount, null, ""]);
    const firstShare = sheet.rowCount + 1;
    for (const row of office.rows) {
      sheet.addRow([
        row.code,
        row.name,
        row.population,
        STATE_LABELS[row.state],
        row.amount,
        row.poolBasisPoints / 10_000,
        row.provisional ? "ja" : "",
      ]);
    }
    const lastShare = sheet.rowCount;
    const poolRow = sheet.addRow([
      "",
      "Pulje (Σ kommuner)",
      null,
      null,
      sumCell(`SUM(E${firstShare}:E${lastShare})`, office.pool),
    ]);
    poolRow.font = { bold: true };
    const totalOffice = sheet.addRow([
      "",
      "I alt inkl. lead",
      null,
      null,
      sumCell(`SUM(E5:E${lastShare})`, office.total),
    ]);
    totalOffice.font = { bold: true };
    sheet.getColumn(3).numFmt = "#,##0";
    sheet.getColumn(5).numFmt = KRONER;
    sheet.getColumn(6).numFmt = PERCENT;
    sheet.columns.forEach((column, i) => (column.width = i === 1 ? 26 : 16));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function col(index: number): string {
  let name = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const written = new WeakMap<Appendix, { day: string; bytes: Promise<Buffer> }>();

/**
 * The workbook of an appendix that loadAppendix kept with its agreement's dataVersion, written once per day (the
 * sheet says when it was printed) instead of per download (issue 17; docs/decisions/0019-speed-at-the-floor.md).
 * A save makes a new appendix object, so an old workbook is never served. The bytes are copied into each response.
 */
export function appendixXlsxCached(appendix: Appendix): Promise<Buffer> {
  const day = formatDate(new Date());
  const hit = written.get(appendix);
  if (hit && hit.day === day) return hit.bytes;
  const bytes = appendixXlsx(appendix);
  written.set(appendix, { day, bytes });
  bytes.catch(() => written.delete(appendix));
  return bytes;
}
