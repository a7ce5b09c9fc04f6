/**
 * Reads a population file — Statistics Denmark's table FOLK1A as StatBank delivers it, or two columns
 * `kode;indbyggere` — into one figure per municipality of a region, or every problem found, each as one Danish
 * line. Pure: no database, no file system. Format rules: docs/decisions/0010-population-import.md.
 */
import { findRegion, municipalitiesOfRegion } from "../reference/denmark";
import { classifyArea } from "./population-area";
import { formatCount } from "../format";
import { readSemicolonLines, type SemicolonLine } from "../csv/read-semicolon-file";

export type ParsedPopulationFigure = { code: string; name: string; population: number; line: number };
export type PopulationFileFormat = "FOLK1A" | "kode;indbyggere";
export type ParsePopulationFileResult =
  | { ok: true; format: PopulationFileFormat; period: string | null; figures: ParsedPopulationFigure[] }
  | { ok: false; problems: string[] };

/** The PopulationFigure.value column is a 32-bit integer. */
const MAX_POPULATION = 2_147_483_647;

type Layout = {
  format: PopulationFileFormat;
  header: SemicolonLine | null;
  area: number;
  value: number;
  time: number | null;
  dimensions: { index: number; name: string }[];
};

function findLayout(first: SemicolonLine): Layout | undefined {
  const names = first.cells.map((cell) => cell.toUpperCase());
  const area = names.findIndex((name) => name === "OMRÅDE" || name === "OMRAADE");
  const value = names.indexOf("INDHOLD");
  if (area >= 0 && value >= 0) {
    const time = names.indexOf("TID");
    const dimensions = first.cells
      .map((name, index) => ({ index, name }))
      .filter(({ index }) => index !== area && index !== value && index !== time);
    return { format: "FOLK1A", header: first, area, value, time: time >= 0 ? time : null, dimensions };
  }
  if (first.cells.length !== 2) return undefined;
  const plain = { format: "kode;indbyggere" as const, area: 0, value: 1, time: null, dimensions: [] };
  const [codeName, valueName] = names as [string, string];
  if (["KODE", "KOMMUNEKODE"].includes(codeName) && ["INDBYGGERE", "FOLKETAL"].includes(valueName)) {
    return { ...plain, header: first };
  }
  // Without a header the first line is already a municipality and its number.
  return /\d/.test(valueName) && codeName !== "" ? { ...plain, header: null } : undefined;
}

/** KØN, ALDER, CIVILSTAND … must be their totals: "I alt", "Alder i alt", "Mænd og kvinder i alt", TOT, IALT. */
function isTotal(value: string): boolean {
  const v = value.trim().toLowerCase();
  return ["tot", "ialt", "total"].includes(v) || v === "i alt" || v.endsWith(" i alt");
}

const WHOLE_NUMBER = /^\d+$|^\d{1,3}([. \u00a0\u202f])\d{3}(\1\d{3})*$/;

/** Whole positive numbers, also with Danish thousands separators: 37000, 37.000, 37 000. */
function parsePopulation(text: string): number | undefined {
  if (!WHOLE_NUMBER.test(text)) return undefined;
  const population = Number(text.replace(/\D/g, ""));
  return population > 0 && population <= MAX_POPULATION ? population : undefined;
}

/** A spreadsheet, a PDF or a picture, said as what it is, with what to choose instead (not «‰PNG» as a header). */
function notATextFile(bytes: Uint8Array): string | undefined {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  const what = starts(0x50, 0x4b, 0x03, 0x04)
    ? "en Excel-fil (eller en anden zip-fil)"
    : starts(0x25, 0x50, 0x44, 0x46)
      ? "en PDF-fil"
      : bytes.subarray(0, 1024).includes(0)
        ? "ikke en tekstfil"
        : undefined;
  return what
    ? `Filen er ${what}. Hent tabellen FOLK1A i Statistikbanken som CSV med semikolon (i Statistikbanken: ` +
        "«Semikolonsepareret (;)»), eller skriv en tekstfil med to kolonner «kode;indbyggere»."
    : undefined;
}

function quoted(text: string): string {
  return `«${text.length > 80 ? `${text.slice(0, 79)}…` : text}»`;
}

/** "linje 8, 11, 14 og 37 andre" */
function moreLines(lines: number[]): string {
  const shown = lines.slice(0, 3);
  const rest = lines.length - shown.length;
  if (rest > 0) return `linje ${shown.join(", ")} og ${rest} andre`;
  return `linje ${shown.length > 1 ? `${shown.slice(0, -1).join(", ")} og ${shown.at(-1)}` : shown[0]}`;
}

export function parsePopulationFile({
  bytes,
  regionCode,
}: {
  bytes: Uint8Array;
  regionCode: string;
}): ParsePopulationFileResult {
  const region = findRegion(regionCode);
  if (!region) return { ok: false, problems: [`Ukendt region ${quoted(regionCode)}.`] };
  const notText = notATextFile(bytes);
  if (notText) return { ok: false, problems: [notText] };
  const lines = readSemicolonLines(bytes);
  if (lines.length === 0) return { ok: false, problems: ["Filen er tom."] };
  const layout = findLayout(lines[0]!);
  if (!layout) {
    // Statistikbanken offers CSV with commas too: said as such, with which to choose instead.
    if (!lines[0]!.text.includes(";") && lines[0]!.text.includes(","))
      return {
        ok: false,
        problems: [
          `Linje ${lines[0]!.line}: værdierne er adskilt med komma. Gem tabellen som CSV med semikolon ` +
            "(i Statistikbanken: «Semikolonsepareret (;)»), eller skriv filen som to kolonner «kode;indbyggere».",
        ],
      };
    return {
      ok: false,
      problems: [
        `Linje ${lines[0]!.line}: ${quoted(lines[0]!.text)} er ikke en kendt overskrift. Forventet en fil fra ` +
          "Danmarks Statistik (FOLK1A) med fx «OMRÅDE;TID;INDHOLD» eller to kolonner «kode;indbyggere».",
      ],
    };
  }
  const rows = layout.header ? lines.slice(1) : lines;
  if (rows.length === 0) return { ok: false, problems: ["Filen har ingen rækker med tal efter overskriften."] };

  const problems: { line: number; text: string }[] = [];
  // Wrong totals and extra periods are reported once per value, with the other lines that have it.
  const repeated = new Map<string, { line: number; text: string; others: number[] }>();
  const repeat = (key: string, line: number, text: string) => {
    const seen = repeated.get(key);
    if (seen) seen.others.push(line);
    else repeated.set(key, { line, text, others: [] });
  };
  let period: { value: string; line: number } | null = null;
  const found = new Map<string, ParsedPopulationFigure>();
  const mentioned = new Set<string>();
  const inRefusedRows = new Set<string>();

  for (const row of rows) {
    const problem = (text: string) => problems.push({ line: row.line, text: `Linje ${row.line}: ${text}` });
    const columns = layout.header?.cells.length ?? 2;
    if (row.cells.length !== columns) {
      problem(
        `${quoted(row.text)} har ${formatCount(row.cells.length, "felt", "felter")}, men skal have ${columns} adskilt af semikolon.`,
      );
      continue;
    }
    let refused = false;
    if (layout.time !== null) {
      const time = row.cells[layout.time]!;
      period ??= { value: time, line: row.line };
      if (time !== period.value) {
        const first = `linje ${period.line} har ${quoted(period.value)}`;
        repeat(`TID\u0000${time}`, row.line, `TID er ${quoted(time)}, men ${first} — filen må kun have ét tidspunkt.`);
        refused = true;
      }
    }
    for (const dimension of layout.dimensions) {
      const value = row.cells[dimension.index]!;
      if (isTotal(value)) continue;
      repeat(
        `${dimension.name}\u0000${value}`,
        row.line,
        `${dimension.name} er ${quoted(value)}, men filen må kun have totaler (fx «I alt»).`,
      );
      refused = true;
    }
    const area = classifyArea(row.cells[layout.area]!);
    if (area.kind === "skip") continue;
    if (area.kind === "unknown") {
      problem(area.problem);
      continue;
    }
    const { municipality } = area;
    if (municipality.regionCode !== region.code) continue;
    if (refused) {
      // Already reported; it is not "missing" as well.
      inRefusedRows.add(municipality.code);
      continue;
    }
    const first = found.get(municipality.code);
    if (first || mentioned.has(municipality.code)) {
      const earlier = first ? ` (første gang i linje ${first.line})` : "";
      problem(`${municipality.name} (${municipality.code}) står mere end én gang i filen${earlier}.`);
      continue;
    }
    mentioned.add(municipality.code);
    const valueText = row.cells[layout.value]!;
    const population = parsePopulation(valueText);
    if (population === undefined) {
      problem(
        valueText === ""
          ? `${municipality.name} har intet indbyggertal.`
          : WHOLE_NUMBER.test(valueText) && Number(valueText.replace(/\D/g, "")) > MAX_POPULATION
            ? `indbyggertallet ${quoted(valueText)} for ${municipality.name} er for stort til at være et indbyggertal.`
            : `indbyggertallet ${quoted(valueText)} for ${municipality.name} er ikke et helt, positivt tal.`,
      );
      continue;
    }
    found.set(municipality.code, { code: municipality.code, name: municipality.name, population, line: row.line });
  }

  for (const { line, text, others } of repeated.values()) {
    problems.push({ line, text: `Linje ${line}: ${text}${others.length ? ` Det samme i ${moreLines(others)}.` : ""}` });
  }
  problems.sort((a, b) => a.line - b.line);
  const expected = municipalitiesOfRegion(region.code);
  const missing = expected
    .filter((m) => !mentioned.has(m.code) && !inRefusedRows.has(m.code))
    .map((m) => `${m.name} (${m.code}) mangler i filen.`);
  if (problems.length || missing.length) return { ok: false, problems: [...problems.map((p) => p.text), ...missing] };
  return {
    ok: true,
    format: layout.format,
    period: period?.value ?? null,
    figures: expected.map((m) => found.get(m.code)!),
  };
}
