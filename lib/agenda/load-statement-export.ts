/** Every period of the municipality's region, computed for the municipality: its statement across all years. */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { loadMunicipalityOverview } from "../shares/load-municipality-overview";
import { statementRows, type StatementExport } from "./statement-export";

export async function loadStatementExport({
  municipality,
  db = appDb,
}: {
  municipality: { id: string; code: string; name: string; regionId: string };
  db?: DbClient;
}): Promise<StatementExport> {
  const periods = await db.agreement.findMany({
    where: { regionId: municipality.regionId },
    orderBy: { firstYear: "asc" },
    select: { id: true, name: true },
  });
  const rows = [];
  for (const period of periods) {
    const overview = await loadMunicipalityOverview({ municipality, agreementId: period.id, db });
    if (overview) rows.push(...statementRows(period, overview.offices));
  }
  return { municipalityName: municipality.name, municipalityCode: municipality.code, rows };
}
