/**
 * Denmark's 5 regions and 98 municipalities (prisma/seed/denmark-municipalities.json, sources inside), shipped
 * with the app so imports and checks never need a network or /work/shared at run time. Order: by municipality
 * code, as in the file ("reference order"). Name variants: docs/decisions/0010-population-import.md.
 */
import reference from "../../prisma/seed/denmark-municipalities.json";

export type RegionReference = { code: string; name: string; kkrName: string };
export type MunicipalityReference = { code: string; name: string; regionCode: string };

export const regions: readonly RegionReference[] = reference.regions.map((r) => ({
  code: r.code,
  name: r.name,
  kkrName: r.kkr,
}));

export const municipalities: readonly MunicipalityReference[] = reference.municipalities.map((m) => ({
  code: m.code,
  name: m.name,
  regionCode: m.regionCode,
}));

const regionsByCode = new Map(regions.map((r) => [r.code, r]));
const municipalitiesByCode = new Map(municipalities.map((m) => [m.code, m]));

export function findRegion(code: string): RegionReference | undefined {
  return regionsByCode.get(code.trim());
}

export function municipalitiesOfRegion(regionCode: string): MunicipalityReference[] {
  return municipalities.filter((m) => m.regionCode === regionCode);
}

/** "101", "0101" and " 101 " are all København's code; anything but 1–4 digits is no code. */
export function normaliseMunicipalityCode(text: string): string | undefined {
  const digits = text.trim();
  return /^\d{1,4}$/.test(digits) ? digits.padStart(4, "0") : undefined;
}

export function findMunicipalityByCode(text: string): MunicipalityReference | undefined {
  const code = normaliseMunicipalityCode(text);
  return code === undefined ? undefined : municipalitiesByCode.get(code);
}

/**
 * The comparison key of a name: case, surrounding and repeated whitespace, a trailing "Kommune", space or hyphen
 * between the parts ("Høje Taastrup") and the old spelling aa for å ("Aarhus"/"Århus", "Fåborg") do not matter.
 * No two of the 98 names share a key (lib/reference/denmark.test.ts).
 */
export function municipalityNameKey(text: string): string {
  return text
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .replace(/\s+kommune$/, "")
    .replace(/\s*[-–]\s*|\s+/g, "-")
    .replaceAll("aa", "å");
}

/** Spellings in use for a municipality besides its official name (the DAGI name in the reference file). */
const NAME_VARIANTS: Record<string, string> = {
  Nordfyn: "Nordfyns",
  Vesthimmerland: "Vesthimmerlands",
  Københavns: "København",
  "Bornholms Regionskommune": "Bornholm",
  // The municipality's name 2007–2011 (renamed 1 January 2012), still found in older tables.
  "Brønderslev-Dronninglund": "Brønderslev",
};

const municipalitiesByNameKey = new Map<string, MunicipalityReference>(
  municipalities.map((m) => [municipalityNameKey(m.name), m]),
);
for (const [variant, name] of Object.entries(NAME_VARIANTS)) {
  municipalitiesByNameKey.set(municipalityNameKey(variant), municipalitiesByNameKey.get(municipalityNameKey(name))!);
}

export function findMunicipalityByName(text: string): MunicipalityReference | undefined {
  return municipalitiesByNameKey.get(municipalityNameKey(text));
}
