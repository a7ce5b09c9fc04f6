/** One office's financing over its agreement's years: the engine's result per year, with municipality names. */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { loadAgreementCached } from "../shares/agreement-cache";

export async function loadOfficeFinancing({
  office,
  db = appDb,
}: {
  office: { id: string; agreementId: string };
  db?: DbClient;
}) {
  const view = await loadAgreementCached({ db, agreementId: office.agreementId });
  if (!view) return null;
  return {
    agreement: view.agreement,
    years: view.years,
    names: new Map(view.municipalities.map((m) => [m.code, m.name])),
    entries: view.years.map((year) => view.allocationFor(office.id, year)),
  };
}
