/**
 * The invoicing file for a year (issue 11), ready for the finance system: one line per municipality per closed
 * office — CVR, EAN, office, year, the amount invoiced when the year was first closed, the settlement since (what
 * should be paid now minus that; positive = extra invoice, negative = credit), the part of it not yet invoiced, the
 * latest amount the portal invoiced and its day (a settlement, or a closing after a reopening: what the finance
 * system has to send now, found by its day), and the text (the closing's line and each settlement's cause). As CSV
 * (BOM, semicolons) and XLSX.
 */
import ExcelJS from "exceljs";
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { loadAgreementCached } from "../shares/agreement-cache";
import { pickYear } from "../shares/pick-year";
import { csvText } from "../csv/write-csv";
import { formatDate } from "../format";
import { danishIsoDate } from "../clock";
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
  /** Invoiced when the year was first closed. */
  amount: number;
  /** What should be paid now − `amount`. */
  settlement: number;
  /** The part of `settlement` not yet invoiced. */
  openSettlement: number;
  /** The last amount invoiced to the municipality for the office-year, and when (none: nothing invoiced). */
  latest: { amount: number; at: Date } | null;
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
        createdAt: true,
        municipality: { select: { code: true } },
        closing: { select: { officeId: true, round: true } },
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
      // The first closing's lines; a closing after a reopening is a settlement of its own kind, as its day says.
      const firstRound = Math.min(...billing.closings.map((c) => c.round));
      const atClosing = own
        .filter((l) => l.kind === "INVOICE" && l.closing.round === firstRound)
        .reduce((sum, l) => sum + l.amount, 0);
      const last = own.filter((l) => l.amount !== 0).at(-1);
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
        latest: last ? { amount: last.amount, at: last.createdAt } : null,
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
  "Seneste opkrævning (kr.)",
  "Seneste opkrævning, dato",
  "Tekst",
];

/** The day as the finance system's own files write it (the payments file reads it back): 15-03-2024. */
const day = (at: Date) => danishIsoDate(at).split("-").reverse().join("-");

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
  line.latest?.amount ?? "",
  line.latest ? day(line.latest.at) : "",
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
    for (const column of [8, 9, 10, 11]) added.getCell(column).numFmt = "#,##0"; // the header says "(kr.)"
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
    column.width = [12, 16, 11, 15, 34, 22, 6, 14, 18, 22, 20, 20, 60][i];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
