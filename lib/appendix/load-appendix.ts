import type { DbClient } from "../db/types";
import { findCurrentAgreement, loadAgreement } from "../shares/load-agreement";
import { pickYear } from "../shares/pick-year";
import { buildAppendix } from "./build-appendix";

export async function loadAppendix(db: DbClient, requestedYear: string | undefined) {
  const agreement = await findCurrentAgreement(db);
  if (!agreement) return null;
  const view = await loadAgreement(db, agreement.id);
  const year = pickYear(view.years, requestedYear);
  return { years: view.years, appendix: buildAppendix(view, year) };
}
