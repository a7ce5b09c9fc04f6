/**
 * Stores a region's population figures for one basis date (issue 12): a PopulationFigure per municipality,
 * created or updated, and one audit event — in ONE transaction, so a refused or failed import leaves nothing.
 * Figures an agreement already splits its pool by are never changed here: the amounts computed (and perhaps
 * invoiced) from them would change without a trace. Rules: docs/decisions/0010-population-import.md.
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { Refusal } from "../actions/refusal";
import { formatNumber } from "../format";
import { bumpAgreementVersion } from "../shares/agreement-cache";
import { findRegion, municipalitiesOfRegion } from "../reference/denmark";
import { formatBasisDate } from "./basis-date";

/** The refusal of an import: every reason it cannot be stored, one Danish line each (in `data.problems`). */
function refused(problems: string[]): Refusal {
  return new Refusal("Befolkningstallene er ikke gemt.", { data: { problems } });
}

/** The problems of a refused import, or null for any other error. */
export function populationProblems(error: unknown): string[] | null {
  const problems = error instanceof Refusal ? (error.data as { problems?: unknown } | undefined)?.problems : undefined;
  return Array.isArray(problems) ? problems : null;
}

export type StorePopulationFiguresOptions = {
  db: Database;
  /** Official region code, e.g. "1085" (Region Sjælland). */
  regionCode: string;
  /** UTC midnight of the day the figures count (lib/population/basis-date.ts). */
  basisDate: Date;
  /** One figure per municipality of the region, by 4-digit municipality code. */
  figures: { code: string; population: number }[];
  /** Where the figures come from, e.g. "Danmarks Statistik FOLK1A (fil: folk1a.csv)". */
  source: string;
  /** The signed-in user (audit actorId), or a label for a command-line run (audit actorLabel). */
  actor?: { id?: string | null; label?: string | null };
};

export type StorePopulationFiguresResult = { regionId: string; created: number; updated: number; unchanged: number };

/** The PopulationFigure.value column is a 32-bit integer. */
const MAX_POPULATION = 2_147_483_647;

export async function storePopulationFigures({
  db,
  regionCode,
  basisDate,
  figures,
  source,
  actor,
}: StorePopulationFiguresOptions): Promise<StorePopulationFiguresResult> {
  const date = formatBasisDate(basisDate);
  return db.$transaction(
    async (tx) => {
      const region = await tx.region.findUnique({
        where: { code: regionCode },
        include: {
          municipalities: { include: { populationFigures: { where: { basisDate } } }, orderBy: { code: "asc" } },
          agreements: { where: { populationBasisDate: basisDate }, select: { id: true, name: true } },
        },
      });
      const regionName = findRegion(regionCode)?.name ?? `Region ${regionCode}`;
      if (!region) throw refused([`${regionName} (${regionCode}) findes ikke i databasen.`]);

      const problems: string[] = [];
      const inDatabase = new Map(region.municipalities.map((m) => [m.code, m]));
      const notInDatabase = municipalitiesOfRegion(regionCode).filter((m) => !inDatabase.has(m.code));
      if (notInDatabase.length) {
        const names = notInDatabase.map((m) => `${m.name} (${m.code})`).join(", ");
        problems.push(`Kommunerne findes ikke i databasen under ${region.name}: ${names}.`);
      }
      const given = new Map<string, number>();
      for (const { code, population } of figures) {
        if (!inDatabase.has(code)) {
          if (!notInDatabase.some((m) => m.code === code))
            problems.push(`Kommunekode ${code} hører ikke til ${region.name} i databasen.`);
        } else if (given.has(code)) problems.push(`Kommunekode ${code} står mere end én gang.`);
        else if (!Number.isInteger(population) || population <= 0 || population > MAX_POPULATION)
          problems.push(`Indbyggertallet ${population} for kommunekode ${code} er ikke et helt, positivt tal.`);
        given.set(code, population);
      }
      for (const m of region.municipalities) {
        if (!given.has(m.code)) problems.push(`${m.name} (${m.code}) mangler et indbyggertal.`);
      }

      const changes = region.municipalities
        .filter((m) => given.has(m.code))
        .map((m) => ({ municipality: m, before: m.populationFigures[0]?.value ?? null, after: given.get(m.code)! }));
      const changed = changes.filter((c) => c.before !== null && c.before !== c.after);
      if (region.agreements.length && changed.length) {
        const list = changed
          .map((c) => `${c.municipality.name} ${formatNumber(c.before!)} → ${formatNumber(c.after)}`)
          .join(", ");
        const agreements = region.agreements.map((a) => `«${a.name}»`).join(", ");
        problems.push(
          `Befolkningstallene pr. ${date} er grundlaget for ${agreements} og ændres ikke ved en import: ${list}.`,
        );
      }
      if (problems.length) throw refused(problems);

      for (const { municipality, after } of changes) {
        await tx.populationFigure.upsert({
          where: { municipalityId_basisDate: { municipalityId: municipality.id, basisDate } },
          update: { value: after, source },
          create: { municipalityId: municipality.id, basisDate, value: after, source },
        });
      }
      const created = changes.filter((c) => c.before === null).length;
      // A figure an agreement was missing changes what it computes (lib/shares/agreement-cache.ts).
      if (created) {
        for (const agreement of region.agreements) await bumpAgreementVersion(tx, agreement.id);
      }
      await recordAuditEvent(tx, {
        actorId: actor?.id ?? null,
        actorLabel: actor?.label ?? null,
        action: "population.imported",
        entityType: "Region",
        entityId: region.id,
        before: { basisDate: date, figures: Object.fromEntries(changes.map((c) => [c.municipality.code, c.before])) },
        after: {
          basisDate: date,
          source,
          figures: Object.fromEntries(changes.map((c) => [c.municipality.code, c.after])),
        },
      });
      return {
        regionId: region.id,
        created,
        updated: changed.length,
        unchanged: changes.length - created - changed.length,
      };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
