/** Where a user starts after signing in: secretariat → overview, contact → its municipality, office → its office. */
import "server-only";
import { db } from "../db";
import type { SessionUser } from "./session";
import { officeFamily } from "../offices/office-family";
import { pickPeriod } from "../periods/pick-period";
import { now } from "../clock";

export async function startPathFor(user: SessionUser): Promise<string | null> {
  if (user.role === "SECRETARIAT" || user.role === "ADMIN") return "/sekretariat";
  if (user.role === "MUNICIPAL_CONTACT" && user.municipalityId) {
    const municipality = await db.municipality.findUnique({ where: { id: user.municipalityId } });
    return municipality ? `/kommuner/${municipality.code}` : null;
  }
  if (user.role === "CLUSTER_OFFICE" && user.officeId) {
    // The office in the period of today (or the newest): a new period copies the office (lib/offices/office-family.ts).
    const family = await officeFamily({ db, officeId: user.officeId });
    const offices = await db.clusterOffice.findMany({
      where: { id: { in: family } },
      select: { id: true, agreement: { select: { id: true, name: true, firstYear: true, lastYear: true } } },
    });
    const { period } = pickPeriod(
      offices.map((o) => o.agreement),
      undefined,
      now(),
    );
    return `/klyngekontorer/${offices.find((o) => o.agreement.id === period?.id)?.id ?? user.officeId}`;
  }
  return null;
}
