import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { deriveFromView, loadAgreementCached } from "../shares/agreement-cache";
import { pickYear } from "../shares/pick-year";
import { buildAppendix } from "./build-appendix";

/** The appendix of the year asked for (or the current one) of a period. */
export async function loadAppendix({
  agreementId,
  year,
  db = appDb,
}: {
  agreementId: string;
  year?: string | null;
  db?: DbClient;
}) {
  const view = await loadAgreementCached({ db, agreementId });
  if (!view) return null;
  const picked = pickYear(view.years, year ?? undefined);
  // Kept with the computed agreement of one dataVersion: a save makes a new one (issue 17).
  return { years: view.years, appendix: deriveFromView(view, `appendix:${picked}`, () => buildAppendix(view, picked)) };
}
