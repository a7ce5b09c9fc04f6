/** The KKR region a user's notices belong to: its secretariat's, its municipality's or its office's; none for an admin. */
import type { DbClient } from "../db/types";

export async function regionOfUser({
  db,
  user,
}: {
  db: DbClient;
  user: { role: string; regionId?: string | null; municipalityId: string | null; officeId: string | null };
}): Promise<string | null> {
  if (user.role === "SECRETARIAT") return user.regionId ?? null;
  if (user.role === "MUNICIPAL_CONTACT" && user.municipalityId) {
    const municipality = await db.municipality.findUnique({ where: { id: user.municipalityId } });
    return municipality?.regionId ?? null;
  }
  if (user.role === "CLUSTER_OFFICE" && user.officeId) {
    const office = await db.clusterOffice.findUnique({
      where: { id: user.officeId },
      select: { agreement: { select: { regionId: true } } },
    });
    return office?.agreement.regionId ?? null;
  }
  return null;
}
