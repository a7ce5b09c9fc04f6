/**
 * Remembers when a user saw a municipality's page, and answers "new since when?": the end of the visit before this
 * one. Views less than 30 minutes apart are the same visit (a reload keeps the markers); the row is written at most
 * once a minute per user and municipality, so a busy page costs no write per request.
 */
import type { DbClient } from "../db/types";

const SAME_VISIT_MS = 30 * 60 * 1000;
const WRITE_EVERY_MS = 60 * 1000;

export async function recordPageVisit(options: {
  db: DbClient;
  userId: string;
  municipalityId: string;
  now?: Date;
}): Promise<Date | null> {
  const { db, userId, municipalityId, now = new Date() } = options;
  const key = { userId_municipalityId: { userId, municipalityId } };
  const visit = await db.pageVisit.findUnique({ where: key });
  if (!visit) {
    // The first visit marks nothing: everything is new to this user.
    await db.pageVisit.create({ data: { userId, municipalityId, seenAt: now } }).catch(() => undefined);
    return null;
  }
  const sinceLastView = now.getTime() - visit.seenAt.getTime();
  const baseline = sinceLastView > SAME_VISIT_MS ? visit.seenAt : visit.baselineAt;
  if (sinceLastView > WRITE_EVERY_MS) {
    await db.pageVisit.update({ where: key, data: { seenAt: now, baselineAt: baseline } });
  }
  return baseline;
}
