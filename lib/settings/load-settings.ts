/** What the settings page shows: the current agreement computed, and its agreed reduced pools with reasons. */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { loadCurrentAgreementCached } from "../shares/agreement-cache";

export async function loadSettings({ db = appDb }: { db?: DbClient } = {}) {
  const view = await loadCurrentAgreementCached({ db });
  if (!view) return null;
  const overrides = await db.poolOverride.findMany({ where: { office: { agreementId: view.agreement.id } } });
  return { view, overrides };
}
