/**
 * The payments file from the finance system (issue 11), one row per invoice or payment, semicolon-separated
 * (as Danish Excel and most finance systems write CSV), UTF-8 with or without BOM or Windows-1252:
 *
 *   Kommunekode;Klyngekontor;År;Fakturanummer;Fakturadato;Forfaldsdato;Betalt beløb;Betalingsdato
 *   0320;clean;2021;F-2021-0320-2;15-03-2021;15-04-2021;24.512,00;10-04-2021
 *
 * - Kommunekode: 3 or 4 digits ("320" or "0320"); Klyngekontor: the office's short name (slug, as in the invoicing
 *   file) or its full name; År: a year of the period.
 * - Dates as dd-mm-åååå, dd.mm.åååå or åååå-mm-dd. Amounts in whole kroner: "24512", "24.512" or "24.512,00".
 * - "Betalt beløb" and "Betalingsdato" are both filled in (a payment, or a part payment) or both empty (the invoice
 *   only). The same payment read twice is stored once.
 * Pure: checks the form of every row; the import checks the rows against the database. Every problem is reported
 * with its line number; a file with any problem is refused whole.
 */
import { readSemicolonLines } from "../csv/read-semicolon-file";
import { PAYMENT_COLUMN_LABELS } from "./payment-columns";
import { isRealDate } from "../validation/fields";
import { hasUnstorableText } from "../validation/form-values";

export type PaymentRow = {
  line: number;
  municipalityCode: string;
  office: string;
  year: number;
  reference: string;
  invoiceDate: string;
  dueDate: string;
  payment: { amount: number; paidDate: string } | null;
};

const COLUMNS = {
  municipalityCode: ["kommunekode", "kommunenr", "kommunenummer"],
  office: ["klyngekontor", "kontor"],
  year: ["år", "aar", "regnskabsår"],
  reference: ["fakturanummer", "fakturanr", "fakturanr.", "faktura"],
  invoiceDate: ["fakturadato"],
  dueDate: ["forfaldsdato", "forfald"],
  amount: ["betalt beløb", "betalt belob", "beløb betalt", "betalt"],
  paidDate: ["betalingsdato", "betalt dato", "betalt den"],
} as const;
type Column = keyof typeof COLUMNS;
const LABEL: Record<Column, string> = PAYMENT_COLUMN_LABELS;

/** "15-03-2021", "15.03.2021" or "2021-03-15" → "2021-03-15"; undefined when it is not a real date. */
export function parseDanishDate(text: string): string | undefined {
  const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const value = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : iso ? text : undefined;
  return value && isRealDate(value) ? value : undefined;
}

/** "24512", "24.512", "24.512,00" → 24512; øre other than 00 and anything else → undefined. */
export function parseWholeKroner(text: string): number | undefined {
  const match = /^(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d{1,2}))?$/.exec(text.replace(/\s|kr\.?$/gi, ""));
  if (!match || (match[2] && Number(match[2]) !== 0)) return undefined;
  const value = Number(match[1]!.replaceAll(".", ""));
  return Number.isSafeInteger(value) && value <= 1_000_000_000 ? value : undefined;
}

export type ParsePaymentsResult =
  | { ok: true; rows: PaymentRow[] }
  /** `rows`: those that could be read, so the import can check them against the period too (every problem at once). */
  | { ok: false; problems: string[]; rows?: PaymentRow[] };

/** `today` ("YYYY-MM-DD", Danish time): a payment cannot be dated after it. */
export function parsePaymentsFile(bytes: Uint8Array, today: string): ParsePaymentsResult {
  const lines = readSemicolonLines(bytes);
  if (lines.length === 0) return { ok: false, problems: ["Filen er tom."] };
  const [header, ...body] = lines;
  const names = header!.cells.map((cell) => cell.toLowerCase().replace(/\s+/g, " ").trim());
  const index = {} as Record<Column, number>;
  const missing: string[] = [];
  for (const column of Object.keys(COLUMNS) as Column[]) {
    const at = names.findIndex((name) => (COLUMNS[column] as readonly string[]).includes(name));
    if (at < 0) missing.push(LABEL[column]);
    index[column] = at;
  }
  if (missing.length) {
    return {
      ok: false,
      problems: [
        `Linje ${header!.line}: overskriften mangler ${missing.map((m) => `«${m}»`).join(", ")}. Forventet: ` +
          `${Object.values(LABEL).join(";")}.`,
      ],
    };
  }
  if (body.length === 0) return { ok: false, problems: ["Filen har ingen rækker under overskriften."] };
  const problems: string[] = [];
  const rows: PaymentRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of body) {
    const cell = (column: Column) => cells[index[column]] ?? "";
    const rowProblems: string[] = [];
    if (cells.some(hasUnstorableText)) rowProblems.push("rækken indeholder usynlige tegn, der ikke kan gemmes");
    const code = cell("municipalityCode");
    if (!/^\d{3,4}$/.test(code)) rowProblems.push(`kommunekoden «${code}» skal være 3 eller 4 cifre`);
    const office = cell("office");
    if (!office) rowProblems.push("klyngekontoret mangler");
    const year = Number(cell("year"));
    if (!/^\d{4}$/.test(cell("year"))) rowProblems.push(`året «${cell("year")}» er ikke et årstal`);
    const reference = cell("reference");
    if (!reference) rowProblems.push("fakturanummeret mangler");
    else if (reference.length > 100) rowProblems.push("fakturanummeret er længere end 100 tegn");
    const invoiceDate = parseDanishDate(cell("invoiceDate"));
    if (!invoiceDate) rowProblems.push(`fakturadatoen «${cell("invoiceDate")}» er ikke en dato`);
    const dueDate = parseDanishDate(cell("dueDate"));
    if (!dueDate) rowProblems.push(`forfaldsdatoen «${cell("dueDate")}» er ikke en dato`);
    if (invoiceDate && dueDate && dueDate < invoiceDate) rowProblems.push("forfaldsdatoen ligger før fakturadatoen");
    let payment: PaymentRow["payment"] = null;
    const amountText = cell("amount");
    const paidText = cell("paidDate");
    if (amountText || paidText) {
      const amount = parseWholeKroner(amountText);
      const paidDate = parseDanishDate(paidText);
      if (!amountText) rowProblems.push("betalingsdatoen står der, men beløbet mangler");
      else if (amount === undefined) rowProblems.push(`beløbet «${amountText}» er ikke et beløb i hele kroner`);
      else if (amount === 0) rowProblems.push("et betalt beløb skal være større end 0");
      if (!paidText) rowProblems.push("beløbet står der, men betalingsdatoen mangler");
      else if (!paidDate) rowProblems.push(`betalingsdatoen «${paidText}» er ikke en dato`);
      else if (paidDate > today) rowProblems.push(`betalingsdatoen «${paidText}» ligger i fremtiden`);
      if (amount && paidDate) payment = { amount, paidDate };
    }
    const key = `${code}|${office.toLowerCase()}|${year}|${reference}|${payment?.amount}|${payment?.paidDate}`;
    if (seen.has(key)) rowProblems.push(`samme række som linje ${seen.get(key)}`);
    seen.set(key, line);
    if (rowProblems.length) {
      problems.push(`Linje ${line}: ${rowProblems.join("; ")}.`);
      continue;
    }
    rows.push({
      line,
      municipalityCode: code.padStart(4, "0"),
      office,
      year,
      reference,
      invoiceDate: invoiceDate!,
      dueDate: dueDate!,
      payment,
    });
  }
  return problems.length ? { ok: false, problems, rows } : { ok: true, rows };
}
