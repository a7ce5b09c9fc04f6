/**
 * The invoicing file for a year (issue 11), ready for the finance system: one line per municipality per closed
 * office — CVR, EAN, office, year, the amount invoiced at closing, the settlement since (what should be paid now
 * minus the closing's amount; positive = extra invoice, negative = credit), the part of it not yet invoiced, and the
 * text (the closing's line and each settlement's cause). As CSV (BOM, semicolons) and XLSX.
 */
import ExcelJS from "exceljs";
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { loadAgreementCached } from "../shares/agreement-cache";
import { pickYear } from "../shares/pick-year";
import { csvText } from "../csv/write-csv";
import { formatDate } from "../format";
import { officeYearBilling } from "./billing-state";
import { loadBillingRecords } from "./load-billing-records";
import { sumCell } from "../xlsx/sum-cell";

export type InvoicingLine = {
  municipalityCode: string;
  municipality: string;
  cvr: string | null;
  ean: string | null;
  office: string;
  officeCode: string;
  year: number;
  /** Invoiced when the year was (first) closed. */
  amount: number;
  /** What should be paid now − `amount`. */
  settlement: number;
  /** The part of `settlement` not yet invoiced. */
  openSettlement: number;
  text: string;
};

export async function loadInvoicingFile({
  agreementId,
  year: requestedYear,
  db = appDb,
}: {
  agreementId: string;
  year?: string | null;
  db?: DbClient;
}) {
  const view = await loadAgreementCached({ db, agreementId });
  if (!view) return null;
  const year = pickYear(view.years, requestedYear ?? undefined);
  const [records, lineTexts, municipalities] = await Promise.all([
    loadBillingRecords({ db, agreementId, year }),
    db.invoiceLine.findMany({
      where: { closing: { year, office: { agreementId } } },
      orderBy: { createdAt: "asc" },
      select: {
        kind: true,
        amount: true,
        text: true,
        municipality: { select: { code: true } },
        closing: { select: { officeId: true } },
      },
    }),
    db.municipality.findMany({
      where: { regionId: view.agreement.regionId },
      select: { code: true, cvr: true, ean: true },
    }),
  ]);
  const codes = view.municipalities.map((m) => m.code);
  const lines: InvoicingLine[] = [];
  let openOffices = 0;
  for (const office of view.offices) {
    const billing = officeYearBilling({ entry: view.allocationFor(office.id, year), codes, ...records });
    if (billing.closings.length === 0) {
      openOffices++;
      continue;
    }
    for (const payer of billing.payers) {
      const own = lineTexts.filter((l) => l.closing.officeId === office.id && l.municipality.code === payer.code);
      const atClosing = own.filter((l) => l.kind === "INVOICE").reduce((sum, l) => sum + l.amount, 0);
      const m = municipalities.find((x) => x.code === payer.code)!;
      lines.push({
        municipalityCode: payer.code,
        municipality: view.municipalities.find((x) => x.code === payer.code)!.name,
        cvr: m.cvr,
        ean: m.ean,
        office: office.name,
        officeCode: office.slug,
        year,
        amount: atClosing,
        settlement: payer.computed - atClosing,
        openSettlement: billing.closing ? payer.settlement : 0,
        text: own.map((l) => l.text).join(" | ") || `${office.name} ${year}`,
      });
    }
  }
  return { agreement: view.agreement, year, lines, openOffices };
}

const HEADER = [
  "Kommunekode",
  "Kommune",
  "CVR",
  "EAN",
  "Klyngekontor",
  "Kontorkode",
  "År",
  "Beløb (kr.)",
  "Efterregulering (kr.)",
  "Heraf ikke faktureret (kr.)",
  "Tekst",
];

const row = (line: InvoicingLine) => [
  line.municipalityCode,
  line.municipality,
  line.cvr ?? "MANGLER",
  line.ean ?? "MANGLER",
  line.office,
  line.officeCode,
  line.year,
  line.amount,
  line.settlement,
  line.openSettlement,
  line.text,
];

export function invoicingCsv(lines: InvoicingLine[]): string {
  return csvText([HEADER, ...lines.map(row)]);
}

export async function invoicingXlsx(file: { agreement: { name: string }; year: number; lines: InvoicingLine[] }) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Klyngeportalen";
  const sheet = workbook.addWorksheet(`Fakturering ${file.year}`);
  sheet.addRow([`${file.agreement.name} — fakturering ${file.year}, dannet ${formatDate(new Date())}`]).font = {
    bold: true,
  };
  sheet.addRow(HEADER).font = { bold: true };
  const first = sheet.rowCount + 1;
  for (const line of file.lines) {
    const added = sheet.addRow(row(line));
    for (const column of [8, 9, 10]) added.getCell(column).numFmt = "#,##0"; // the header says "(kr.)"
  }
  const last = sheet.rowCount;
  // No lines, no sum: «SUM(H3:H2)» would take in its own cell (a circular reference in Excel).
  if (file.lines.length === 0) {
    sheet.addRow([`Ingen klyngekontorer er lukket for ${file.year}: der er intet at fakturere endnu.`]);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  const totals = sheet.addRow([
    "I alt",
    ...Array(6).fill(""),
    ...["H", "I", "J"].map((c, i) =>
      sumCell(
        `SUM(${c}${first}:${c}${last})`,
        file.lines.reduce((sum, l) => sum + [l.amount, l.settlement, l.openSettlement][i]!, 0),
      ),
    ),
  ]);
  totals.font = { bold: true };
  for (const column of [8, 9, 10]) totals.getCell(column).numFmt = "#,##0"; // the header says "(kr.)"
  sheet.columns.forEach((column, i) => {
    column.width = [12, 16, 11, 15, 34, 22, 6, 14, 18, 22, 60][i];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
