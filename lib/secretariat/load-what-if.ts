/** The what-if sandbox's starting point: the current agreement's registered decisions for one year. */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { loadAgreementCached } from "../shares/agreement-cache";
import { pickYear } from "../shares/pick-year";

export async function loadWhatIf({
  agreementId,
  year: requestedYear,
  db = appDb,
}: {
  agreementId: string;
  year?: string;
  db?: DbClient;
}) {
  const view = await loadAgreementCached({ db, agreementId });
  if (!view) return null;
  const year = pickYear(view.years, requestedYear);
  const offices = view.input.offices.map((office) => {
    const entry = view.allocationFor(office.id, year);
    const meta = view.offices.find((o) => o.id === office.id)!;
    return {
      id: office.id,
      slug: meta.slug,
      name: meta.name,
      leads: entry.leads,
      nonLeadPool: office.nonLeadPool ?? view.input.nonLeadPool,
      poolOverride: office.poolOverrides.find((p) => p.year === year)?.amount,
      states: Object.fromEntries(entry.states.map((s) => [s.code, s.state])),
    };
  });
  return { agreement: view.agreement, years: view.years, year, municipalities: view.input.municipalities, offices };
}
