/** One office's financing over its agreement's years: the engine's result per year, with municipality names. */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { loadAgreementCached } from "../shares/agreement-cache";
import { officeFamily } from "./office-family";

export async function loadOfficeFinancing({
  office,
  db = appDb,
}: {
  office: { id: string; agreementId: string };
  db?: DbClient;
}) {
  const view = await loadAgreementCached({ db, agreementId: office.agreementId });
  if (!view) return null;
  // The same office in the other periods (copied from one period to the next).
  const family = await officeFamily({ db, officeId: office.id });
  const periods = await db.clusterOffice.findMany({
    where: { id: { in: family } },
    orderBy: { agreement: { firstYear: "asc" } },
    select: { id: true, name: true, agreement: { select: { id: true, name: true, firstYear: true, lastYear: true } } },
  });
  return {
    periods: periods.map((o) => ({ officeId: o.id, ...o.agreement })),
    agreement: view.agreement,
    years: view.years,
    names: new Map(view.municipalities.map((m) => [m.code, m.name])),
    entries: view.years.map((year) => view.allocationFor(office.id, year)),
  };
}
