/**
 * Who may read an evaluation: the secretariat all; a cluster office its own office's; a municipal contact only
 * APPROVED evaluations of offices its municipality co-finances that year (lead, or not a "Nej") — the
 * municipalities pay for them. Drafts and returned versions stay between the office and the secretariat.
 */
import type { DbClient } from "../db/types";
import { loadAgreementCached } from "../shares/agreement-cache";

type Actor = { role: string; municipalityId: string | null; officeId: string | null };

export async function canReadEvaluation(
  db: DbClient,
  actor: Actor,
  report: { officeId: string; year: number; status: string },
): Promise<boolean> {
  if (actor.role === "SECRETARIAT" || actor.role === "ADMIN") return true;
  if (actor.role === "CLUSTER_OFFICE") return actor.officeId === report.officeId;
  if (actor.role !== "MUNICIPAL_CONTACT" || !actor.municipalityId || report.status !== "APPROVED") return false;
  return municipalityCoFinances(db, actor.municipalityId, report.officeId, report.year);
}

export async function municipalityCoFinances(
  db: DbClient,
  municipalityId: string,
  officeId: string,
  year: number,
): Promise<boolean> {
  const office = await db.clusterOffice.findUnique({ where: { id: officeId } });
  const municipality = await db.municipality.findUnique({ where: { id: municipalityId } });
  if (!office || !municipality) return false;
  const view = await loadAgreementCached(db, office.agreementId);
  if (!view || !view.years.includes(year) || !view.municipalities.some((m) => m.id === municipalityId)) return false;
  const entry = view.allocationFor(officeId, year);
  if (entry.leads.some((l) => l.code === municipality.code)) return true;
  return entry.states.some((s) => s.code === municipality.code && s.state !== "NO");
}
