/** Whether a municipality pays for an office in a year: it leads it, or its decision in force is not "Nej". */
import type { DbClient } from "../db/types";
import { loadAgreementCached } from "../shares/agreement-cache";

export async function municipalityCoFinances(options: {
  db: DbClient;
  municipalityId: string;
  officeId: string;
  year: number;
}): Promise<boolean> {
  const { db, municipalityId, officeId, year } = options;
  const office = await db.clusterOffice.findUnique({ where: { id: officeId } });
  const municipality = await db.municipality.findUnique({ where: { id: municipalityId } });
  if (!office || !municipality) return false;
  const view = await loadAgreementCached({ db, agreementId: office.agreementId });
  if (!view || !view.years.includes(year) || !view.municipalities.some((m) => m.id === municipalityId)) return false;
  const entry = view.allocationFor(officeId, year);
  if (entry.leads.some((l) => l.code === municipality.code)) return true;
  return entry.states.some((s) => s.code === municipality.code && s.state !== "NO");
}
