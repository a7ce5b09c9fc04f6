import type { DbClient } from "../db/types";
import { loadCurrentAgreementCached } from "../shares/agreement-cache";
import { pickYear } from "../shares/pick-year";
import { buildAppendix } from "./build-appendix";

export async function loadAppendix(db: DbClient, requestedYear: string | undefined) {
  const view = await loadCurrentAgreementCached(db);
  if (!view) return null;
  const year = pickYear(view.years, requestedYear);
  return { years: view.years, appendix: buildAppendix(view, year) };
}
