/**
 * What the office settings actions work on: the office (scoped for "settings.manage") with its agreement, and the
 * municipalities of the agreement's region (the candidates for lead).
 */
import "server-only";
import { db } from "../db";
import { requireOffice } from "../offices/require-office";

export async function requireOfficeSettings(options: { officeId: unknown }) {
  const { user, office } = await requireOffice({ officeId: options.officeId, permission: "settings.manage" });
  const municipalities = await db.municipality.findMany({
    where: { regionId: office.agreement.regionId },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return { user, office, agreement: office.agreement, municipalities };
}
