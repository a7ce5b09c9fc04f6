/** Where a user starts after signing in: secretariat → overview, contact → its municipality, office → its office. */
import "server-only";
import { db } from "../db";
import type { SessionUser } from "./session";

export async function startPathFor(user: SessionUser): Promise<string | null> {
  if (user.role === "SECRETARIAT" || user.role === "ADMIN") return "/sekretariat";
  if (user.role === "MUNICIPAL_CONTACT" && user.municipalityId) {
    const municipality = await db.municipality.findUnique({ where: { id: user.municipalityId } });
    return municipality ? `/kommuner/${municipality.code}` : null;
  }
  if (user.role === "CLUSTER_OFFICE" && user.officeId) return `/klyngekontorer/${user.officeId}`;
  return null;
}
