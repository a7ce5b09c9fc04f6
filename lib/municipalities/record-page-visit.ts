/**
 * Remembers when a user saw a municipality's page, and answers "new since when?": the end of the visit before this
 * one. Views less than KLYNGEPORTALEN_VISIT_MINUTES (default 30) apart are the same visit, so a reload keeps the
 * markers; the row is written at most once a minute per user and municipality, so a busy page costs no write per
 * request. (The e2e server sets 0: every view is a visit of its own.)
 */
import type { DbClient } from "../db/types";

function visitLengthMs(): number {
  const minutes = Number(process.env.KLYNGEPORTALEN_VISIT_MINUTES ?? 30);
  return Number.isFinite(minutes) && minutes >= 0 ? minutes * 60 * 1000 : 30 * 60 * 1000;
}

export async function recordPageVisit(options: {
  db: DbClient;
  userId: string;
  municipalityId: string;
  now?: Date;
}): Promise<Date | null> {
  const { db, userId, municipalityId, now = new Date() } = options;
  const key = { userId_municipalityId: { userId, municipalityId } };
  // Read on every view of the page: one raw, indexed query (issue 17; the dates come back as Date on PostgreSQL
  // and as ISO text on SQLite).
  const rows = await db.$queryRaw<{ seenAt: RawDate; baselineAt: RawDate | null }[]>`
    SELECT "seenAt", "baselineAt" FROM "PageVisit" WHERE "userId" = ${userId} AND "municipalityId" = ${municipalityId}`;
  const visit = rows[0]
    ? {
        seenAt: toDate(rows[0].seenAt),
        baselineAt: rows[0].baselineAt === null ? null : toDate(rows[0].baselineAt),
      }
    : null;
  if (!visit) {
    // The first visit marks nothing: everything is new to this user.
    await db.pageVisit.create({ data: { userId, municipalityId, seenAt: now } }).catch(() => undefined);
    return null;
  }
  const sinceLastView = now.getTime() - visit.seenAt.getTime();
  const sameVisit = visitLengthMs();
  const baseline = sinceLastView >= sameVisit ? visit.seenAt : visit.baselineAt;
  if (sinceLastView >= Math.min(sameVisit, 60 * 1000)) {
    await db.pageVisit.update({ where: key, data: { seenAt: now, baselineAt: baseline } });
  }
  return baseline;
}

type RawDate = Date | string | number | bigint;

function toDate(value: RawDate): Date {
  return value instanceof Date ? value : new Date(typeof value === "bigint" ? Number(value) : value);
}
