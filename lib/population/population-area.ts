/**
 * What one area cell of a population file names: a municipality, something to skip (the whole country, a
 * region, a landsdel, Christiansø), or nothing we know. StatBank writes the area as a name ("København"), a code
 * ("101") or both ("101 København"). Rules: docs/decisions/0010-population-import.md.
 */
import {
  findMunicipalityByCode,
  findMunicipalityByName,
  municipalityNameKey,
  regions,
  type MunicipalityReference,
} from "../reference/denmark";

export type PopulationArea =
  | { kind: "municipality"; municipality: MunicipalityReference }
  | { kind: "skip" }
  | { kind: "unknown"; problem: string };

const SKIPPED_NAME_KEYS = new Set(
  ["Hele landet", "Christiansø", ...regions.map((r) => r.name)].map((name) => municipalityNameKey(name)),
);

/**
 * StatBank area codes that are not municipalities: 000 the whole country, 081–085 (or 1081–1085) the regions,
 * 01–11 the landsdele, 411 Christiansø (outside the municipal division).
 */
function isSkippedCode(code: string): boolean {
  const n = Number(code);
  return n === 0 || (n >= 81 && n <= 85) || (n >= 1081 && n <= 1085) || n === 411 || (code.length === 2 && n <= 11);
}

function isSkippedName(name: string): boolean {
  const key = municipalityNameKey(name);
  return SKIPPED_NAME_KEYS.has(key) || key.startsWith("landsdel-");
}

export function classifyArea(text: string): PopulationArea {
  const codeAndName = /^(\d{1,4})(?:\s+(.+))?$/.exec(text.trim());
  if (!codeAndName) {
    if (isSkippedName(text)) return { kind: "skip" };
    const municipality = findMunicipalityByName(text);
    return municipality
      ? { kind: "municipality", municipality }
      : { kind: "unknown", problem: `«${text}» er ikke en kendt kommune.` };
  }
  const [, code, name] = codeAndName as unknown as [string, string, string | undefined];
  if (isSkippedCode(code)) return { kind: "skip" };
  const municipality = findMunicipalityByCode(code);
  if (!municipality) return { kind: "unknown", problem: `«${text}» er ikke en kendt kommunekode.` };
  if (name !== undefined && findMunicipalityByName(name) !== municipality) {
    return { kind: "unknown", problem: `«${text}»: kode ${code} er ${municipality.name}, ikke «${name}».` };
  }
  return { kind: "municipality", municipality };
}
