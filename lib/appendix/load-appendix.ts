import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { loadCurrentAgreementCached } from "../shares/agreement-cache";
import { pickYear } from "../shares/pick-year";
import { buildAppendix } from "./build-appendix";

/** The appendix of the year asked for (or the current one) of the current agreement; null without agreements. */
export async function loadAppendix({ year, db = appDb }: { year?: string | null; db?: DbClient }) {
  const view = await loadCurrentAgreementCached({ db });
  if (!view) return null;
  const picked = pickYear(view.years, year ?? undefined);
  return { years: view.years, appendix: buildAppendix(view, picked) };
}
