import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePopulationFile, type ParsePopulationFileResult } from "./parse-population-file";
import { municipalities, municipalitiesOfRegion, regions } from "../reference/denmark";
import regionData from "../../prisma/seed/region-sjaelland-2021.json";

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, "fixtures", name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const parse = (bytes: Uint8Array, regionCode = "1085") => parsePopulationFile({ bytes, regionCode });

function figuresOf(result: ParsePopulationFileResult) {
  if (!result.ok) throw new Error(`expected figures, got problems:\n${result.problems.join("\n")}`);
  return result.figures;
}
function problemsOf(result: ParsePopulationFileResult) {
  if (result.ok) throw new Error("expected problems, got figures");
  return result.problems;
}

/** Region Sjælland on 1 January 2021 (the seed's real figures), in reference order: by code. */
const sjaelland2021 = [...regionData.municipalities]
  .sort((a, b) => a.code.localeCompare(b.code))
  .map(({ code, name, population }) => ({ code, name, population }));
const population2021 = new Map(sjaelland2021.map((m) => [m.code, m.population]));
const total = (figures: { population: number }[]) => figures.reduce((sum, f) => sum + f.population, 0);
const withoutLines = (figures: { code: string; name: string; population: number }[]) =>
  figures.map(({ code, name, population }) => ({ code, name, population }));

/** A FOLK1A file with one row per Sjælland municipality; `row` may change or drop (null) a row. */
function sjaellandFile(
  row: (m: (typeof sjaelland2021)[number]) => string | null = (m) => `${m.name};2021K1;${m.population}`,
) {
  return ["OMRÅDE;TID;INDHOLD", ...sjaelland2021.map(row).filter((r) => r !== null)].join("\r\n") + "\r\n";
}

/**
 * A whole-country FOLK1A file in StatBank's shape: the country, each region followed by its landsdel and its
 * municipalities, and Christiansø. Region Sjælland has its real 2021 figures; the other regions' numbers are
 * made up (10.000 + the code) — they must be skipped anyway.
 */
function wholeCountry(area: (code: string, name: string) => string, names: Record<string, string> = {}) {
  const population = (code: string) => population2021.get(code) ?? 10_000 + Number(code);
  const row = (areaText: string, value: number) => `${areaText};I alt;Alder i alt;I alt;2021K1;${value}`;
  const lines = ["OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD"];
  lines.push(row(area("000", "Hele landet"), total(municipalities.map((m) => ({ population: population(m.code) })))));
  for (const region of regions) {
    const members = municipalitiesOfRegion(region.code);
    lines.push(
      row(area(region.code.slice(1), region.name), total(members.map((m) => ({ population: population(m.code) })))),
    );
    if (region.code === "1084") lines.push(row(area("01", "Landsdel Byen København"), 700_000));
    for (const m of members) lines.push(row(area(String(Number(m.code)), names[m.code] ?? m.name), population(m.code)));
    if (region.code === "1084") lines.push(row(area("411", "Christiansø"), 90));
  }
  return lines.join("\r\n") + "\r\n";
}

describe("reading a FOLK1A file from Statistics Denmark", () => {
  it("reads names with KØN, ALDER and CIVILSTAND at their totals (UTF-8 with BOM, CRLF), in reference order", () => {
    const result = parse(fixture("folk1a-2021k1-region-sjaelland.csv"));
    expect(result).toMatchObject({ ok: true, format: "FOLK1A", period: "2021K1" });
    const figures = figuresOf(result);
    expect(withoutLines(figures)).toEqual(sjaelland2021);
    expect(total(figures)).toBe(838_840);
    expect(figures.find((f) => f.name === "Faxe")).toEqual({ code: "0320", name: "Faxe", population: 36_713, line: 9 });
  });

  it("reads «code name» areas (StatBank's code and text), skipping «085 Region Sjælland»", () => {
    expect(withoutLines(figuresOf(parse(fixture("folk1a-2021k1-koder-og-navne.csv"))))).toEqual(sjaelland2021);
  });

  it("reads a whole-country file for Region Sjælland: 838.840 in total, everything else skipped", () => {
    const file = wholeCountry((_code, name) => name);
    const figures = figuresOf(parse(utf8(file)));
    expect(withoutLines(figures)).toEqual(sjaelland2021);
    expect(total(figures)).toBe(838_840);
  });

  it("reads the same whole-country file given by codes only, or by code and name, and for any region", () => {
    const byCode = figuresOf(parse(utf8(wholeCountry((code) => code))));
    const byBoth = figuresOf(parse(utf8(wholeCountry((code, name) => `${code} ${name}`))));
    expect(withoutLines(byCode)).toEqual(sjaelland2021);
    expect(withoutLines(byBoth)).toEqual(sjaelland2021);
    const hovedstaden = figuresOf(parse(utf8(wholeCountry((_code, name) => name)), "1084"));
    expect(hovedstaden.map((f) => f.code)).toEqual(municipalitiesOfRegion("1084").map((m) => m.code));
    expect(hovedstaden[0]).toMatchObject({ code: "0101", name: "København", population: 10_101 });
  });

  it("knows the spelling variants: Nordfyn, Vesthimmerland, Århus, Københavns Kommune", () => {
    const file = utf8(
      wholeCountry((_code, name) => name, {
        "0480": "Nordfyn",
        "0820": "Vesthimmerland",
        "0751": "Århus",
        "0101": "Københavns Kommune",
      }),
    );
    expect(figuresOf(parse(file, "1083")).find((f) => f.code === "0480")?.name).toBe("Nordfyns");
    expect(figuresOf(parse(file, "1081")).find((f) => f.code === "0820")?.name).toBe("Vesthimmerlands");
    expect(figuresOf(parse(file, "1082")).find((f) => f.code === "0751")?.name).toBe("Aarhus");
    expect(figuresOf(parse(file, "1084")).find((f) => f.code === "0101")?.name).toBe("København");
  });

  it("tolerates a header in any case, quoted fields, LF endings and Danish thousands separators", () => {
    const rows = sjaelland2021.map((m, i) => {
      const value = [
        String(m.population),
        m.population.toLocaleString("da-DK"),
        `${Math.floor(m.population / 1000)} ${String(m.population % 1000).padStart(3, "0")}`,
      ][i % 3];
      return `"${m.name}";"I alt";"2021K1";"${value}"`;
    });
    const figures = figuresOf(parse(utf8(["område;køn;tid;indhold", ...rows].join("\n"))));
    expect(withoutLines(figures)).toEqual(sjaelland2021);
  });

  it.each([["Mænd og kvinder i alt"], ["TOT"], ["IALT"], ["Total"]])("accepts «%s» as a total", (value) => {
    const file = sjaellandFile((m) => `${m.name};${value};2021K1;${m.population}`).replace("OMRÅDE;", "OMRÅDE;KØN;");
    expect(figuresOf(parse(utf8(file)))).toHaveLength(17);
  });
});

describe("reading a two-column file kode;indbyggere", () => {
  it("reads it with a header (LF, no BOM)", () => {
    const result = parse(fixture("indbyggere-region-sjaelland.csv"));
    expect(result).toMatchObject({ ok: true, format: "kode;indbyggere", period: null });
    expect(withoutLines(figuresOf(result))).toEqual(sjaelland2021);
  });

  it("reads it without a header, codes with or without the leading zero", () => {
    const lines = sjaelland2021.map((m, i) => `${i % 2 ? m.code : Number(m.code)};${m.population}`);
    const figures = figuresOf(parse(utf8(lines.join("\r\n"))));
    expect(withoutLines(figures)).toEqual(sjaelland2021);
    expect(figures[0]!.line).toBe(1);
  });
});

describe("character encodings", () => {
  const text = fs.readFileSync(path.join(__dirname, "fixtures", "folk1a-2021k1-region-sjaelland.csv"), "utf8");
  const withoutBom = text.replace(/^\uFEFF/, "");
  it.each([
    ["UTF-8 with BOM", utf8(`\uFEFF${withoutBom}`)],
    ["UTF-8 without BOM", utf8(withoutBom)],
    ["Windows-1252", new Uint8Array(Buffer.from(withoutBom, "latin1"))],
    ["Windows-1252, LF", new Uint8Array(Buffer.from(withoutBom.replaceAll("\r\n", "\n"), "latin1"))],
  ])("reads Ø, æ and å right from %s", (_name, bytes) => {
    const figures = figuresOf(parse(bytes));
    expect(figures.map((f) => f.name)).toContain("Sorø");
    expect(figures.map((f) => f.name)).toContain("Holbæk");
    expect(withoutLines(figures)).toEqual(sjaelland2021);
  });

  it("really has single Windows-1252 bytes in that test (Ø is 0xD8, æ is 0xE6)", () => {
    const bytes = Buffer.from("KØBENHAVN;Næstved", "latin1");
    expect([...bytes.subarray(1, 2), ...bytes.subarray(11, 12)]).toEqual([0xd8, 0xe6]);
  });
});

describe("refusals: every problem at once, one Danish line each", () => {
  it("reports an unknown name, a municipality twice, bad numbers and a missing municipality, with line numbers", () => {
    expect(problemsOf(parse(fixture("folk1a-2021k1-med-fejl.csv")))).toEqual([
      "Linje 9: «Nordfynn» er ikke en kendt kommune.",
      "Linje 11: Faxe (0320) står mere end én gang i filen (første gang i linje 10).",
      "Linje 15: Sorø har intet indbyggertal.",
      "Linje 16: indbyggertallet «28173,5» for Lejre er ikke et helt, positivt tal.",
      "Stevns (0336) mangler i filen.",
    ]);
  });

  it("says that a population above what any municipality has is too large, not that it is no whole number", () => {
    for (const value of ["2147483648", "99999999999", "99.999.999.999"]) {
      const file = sjaellandFile((m) => `${m.name};2021K1;${m.name === "Faxe" ? value : m.population}`);
      expect(problemsOf(parse(utf8(file)))).toEqual([
        `Linje 8: indbyggertallet «${value}» for Faxe er for stort til at være et indbyggertal.`,
      ]);
    }
  });

  it.each([["12,5"], ["-3"], ["0"], ["abc"], ["1.23"], ["12.3456"], ["1 2345"], ["37.00"], [".."]])(
    "refuses «%s» as a population",
    (value) => {
      const file = sjaellandFile((m) => `${m.name};2021K1;${m.name === "Faxe" ? value : m.population}`);
      expect(problemsOf(parse(utf8(file)))).toEqual([
        `Linje 8: indbyggertallet «${value.trim()}» for Faxe er ikke et helt, positivt tal.`,
      ]);
    },
  );

  it.each([
    ["1.234", 1_234],
    ["1 234", 1_234],
    ["1\u00a0234", 1_234],
    ["1.234.567", 1_234_567],
    ["037000", 37_000],
    [" 37000 ", 37_000],
  ])("takes «%s» as the whole number %i", (value, expected) => {
    const file = sjaellandFile((m) => `${m.name};2021K1;${m.name === "Faxe" ? value : m.population}`);
    expect(figuresOf(parse(utf8(file))).find((f) => f.name === "Faxe")?.population).toBe(expected);
  });

  it("refuses an empty value, an unknown code and a code whose name is another municipality's", () => {
    const file = [
      "OMRÅDE;TID;INDHOLD",
      ...sjaelland2021.map((m) => `${Number(m.code)} ${m.name};2021K1;${m.population}`),
      "999;2021K1;1000",
      "320 Greve;2021K1;1000",
      "Stevns;2021K1;",
    ].join("\n");
    expect(problemsOf(parse(utf8(file)))).toEqual([
      "Linje 19: «999» er ikke en kendt kommunekode.",
      "Linje 20: «320 Greve»: kode 320 er Faxe, ikke «Greve».",
      "Linje 21: Stevns (0336) står mere end én gang i filen (første gang i linje 12).",
    ]);
  });

  it("refuses a breakdown that is not the total, once per value, naming the other lines", () => {
    const file =
      sjaellandFile((m) => `${m.name};I alt;2021K1;${m.population}`).replace("OMRÅDE;", "OMRÅDE;KØN;") +
      ["Faxe;Mænd;2021K1;18000", "Køge;Mænd;2021K1;30000", "Faxe;Kvinder;2021K1;18713"].join("\r\n");
    expect(problemsOf(parse(utf8(file)))).toEqual([
      "Linje 19: KØN er «Mænd», men filen må kun have totaler (fx «I alt»). Det samme i linje 20.",
      "Linje 21: KØN er «Kvinder», men filen må kun have totaler (fx «I alt»).",
    ]);
  });

  it("refuses ages instead of the age total, and reports no municipality as missing because of it", () => {
    const file = sjaellandFile(
      (m) => `${m.name};${m.name === "Faxe" ? "25 år" : "Alder i alt"};2021K1;${m.population}`,
    );
    expect(problemsOf(parse(utf8(file.replace("OMRÅDE;", "OMRÅDE;ALDER;"))))).toEqual([
      "Linje 8: ALDER er «25 år», men filen må kun have totaler (fx «I alt»).",
    ]);
  });

  it("refuses two different times", () => {
    const file = sjaellandFile() + "Faxe;2021K2;36800\r\nKøge;2021K2;61500\r\nGreve;2021K3;50600\r\n";
    expect(problemsOf(parse(utf8(file)))).toEqual([
      "Linje 19: TID er «2021K2», men linje 2 har «2021K1» — filen må kun have ét tidspunkt. Det samme i linje 20.",
      "Linje 21: TID er «2021K3», men linje 2 har «2021K1» — filen må kun have ét tidspunkt.",
    ]);
  });

  it("refuses a row with the wrong number of fields", () => {
    const file = sjaellandFile((m) => (m.name === "Faxe" ? "Faxe;36713" : `${m.name};2021K1;${m.population}`));
    expect(problemsOf(parse(utf8(file)))).toEqual([
      "Linje 8: «Faxe;36713» har 2 felter, men skal have 3 adskilt af semikolon.",
      "Faxe (0320) mangler i filen.",
    ]);
  });

  it("says «1 felt», not «1 felter»", () => {
    const file = sjaellandFile((m) => (m.name === "Faxe" ? "Faxe 36713" : `${m.name};2021K1;${m.population}`));
    expect(problemsOf(parse(utf8(file)))).toContain(
      "Linje 8: «Faxe 36713» har 1 felt, men skal have 3 adskilt af semikolon.",
    );
  });

  it("reports every kind of problem of one file together, in line order", () => {
    const file =
      sjaellandFile((m) => {
        if (m.name === "Faxe") return "Faxe;2021K1;-3";
        if (m.name === "Lejre") return "Lejrre;2021K1;28173";
        if (m.name === "Vordingborg") return "Vordingborg;2021K2;45268";
        return `${m.name};2021K1;${m.population}`;
      }) + "Køge;2021K1;61475\r\n";
    expect(problemsOf(parse(utf8(file)))).toEqual([
      "Linje 8: indbyggertallet «-3» for Faxe er ikke et helt, positivt tal.",
      "Linje 14: «Lejrre» er ikke en kendt kommune.",
      "Linje 18: TID er «2021K2», men linje 2 har «2021K1» — filen må kun have ét tidspunkt.",
      "Linje 19: Køge (0259) står mere end én gang i filen (første gang i linje 3).",
      "Lejre (0350) mangler i filen.",
    ]);
  });

  it("refuses an empty file, a file with only a header, and an unknown region", () => {
    expect(problemsOf(parse(new Uint8Array()))).toEqual(["Filen er tom."]);
    expect(problemsOf(parse(utf8("\uFEFF\r\n  \r\n")))).toEqual(["Filen er tom."]);
    expect(problemsOf(parse(utf8("OMRÅDE;TID;INDHOLD\r\n")))).toEqual([
      "Filen har ingen rækker med tal efter overskriften.",
    ]);
    expect(problemsOf(parse(utf8(sjaellandFile()), "1086"))).toEqual(["Ukendt region «1086»."]);
  });

  it("says what a file with commas is, and which to choose instead", () => {
    expect(problemsOf(parse(utf8("kode,indbyggere\n0320,37000\n")))).toEqual([
      "Linje 1: værdierne er adskilt med komma. Gem tabellen som CSV med semikolon (i Statistikbanken: " +
        "«Semikolonsepareret (;)»), eller skriv filen som to kolonner «kode;indbyggere».",
    ]);
  });

  it.each([
    ["an Excel file", [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], "Filen er en Excel-fil (eller en anden zip-fil)."],
    ["a PDF", [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], "Filen er en PDF-fil."],
    ["a picture", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00], "Filen er ikke en tekstfil."],
  ])("says what %s is instead of reading its bytes as a header", (_name, bytes, start) => {
    const problems = problemsOf(parse(new Uint8Array(bytes)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${start.replace(/[.()]/g, "\\$&")} Hent tabellen FOLK1A`));
  });

  it.each([
    ["an unknown header", "Kommune;Antal\nFaxe;37000\n"],
    ["a FOLK1A header without INDHOLD", "OMRÅDE;TID\nFaxe;2021K1\n"],
    ["text", "Befolkningen den 1. i kvartalet\n"],
  ])("refuses a file with %s as an unknown format, naming line 1", (_name, text) => {
    const problems = problemsOf(parse(utf8(text)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Linje 1: «.+» er ikke en kendt overskrift\. Forventet .*FOLK1A.*kode;indbyggere/);
  });

  it("skips municipalities of other regions (Odense in a Sjælland file)", () => {
    expect(figuresOf(parse(utf8(sjaellandFile() + "Odense;2021K1;204895\r\n")))).toHaveLength(17);
  });
});
