/**
 * What an import would store, before anything is (issue 12): every municipality of the region with the new figure,
 * the figure of the latest earlier date and the difference — or every problem with the file, one Danish line each.
 */
import type { DbClient } from "../db/types";
import { parsePopulationFile } from "./parse-population-file";
import { basisDateOfPeriod, formatBasisDate } from "./basis-date";
import { formatDate, formatIsoDate } from "../format";

export type PopulationPreview =
  | {
      ok: true;
      format: string;
      rows: { code: string; name: string; population: number; previous: number | null }[];
      previousDate: string | null;
      total: number;
    }
  | { ok: false; problems: string[] };

export async function previewPopulationImport(options: {
  db: DbClient;
  regionCode: string;
  basisDate: Date;
  bytes: Uint8Array;
}): Promise<PopulationPreview> {
  const { db, regionCode, basisDate } = options;
  const parsed = parsePopulationFile({ bytes: options.bytes, regionCode });
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const quarter = parsed.period ? basisDateOfPeriod(parsed.period) : undefined;
  if (quarter && quarter !== formatBasisDate(basisDate)) {
    return {
      ok: false,
      problems: [
        `Filen gælder ${parsed.period} (${formatIsoDate(quarter)}), men datoen er ${formatDate(basisDate)}. Ret datoen.`,
      ],
    };
  }
  const earlier = await db.populationFigure.findMany({
    where: { basisDate: { lt: basisDate }, municipality: { region: { code: regionCode } } },
    orderBy: { basisDate: "desc" },
    include: { municipality: { select: { code: true } } },
  });
  const previousDate = earlier[0]?.basisDate ?? null;
  const previous = new Map(
    earlier.filter((f) => f.basisDate.getTime() === previousDate?.getTime()).map((f) => [f.municipality.code, f.value]),
  );
  const rows = parsed.figures.map((f) => ({
    code: f.code,
    name: f.name,
    population: f.population,
    previous: previous.get(f.code) ?? null,
  }));
  return {
    ok: true,
    format: parsed.format,
    rows,
    previousDate: previousDate ? formatDate(previousDate) : null,
    total: rows.reduce((sum, row) => sum + row.population, 0),
  };
}
