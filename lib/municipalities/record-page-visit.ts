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

/** A user's visit of a municipality's page as stored: when last seen, and where "new since" starts. */
export type PageVisit = { seenAt: Date; baselineAt: Date | null };

/** The visit's columns as a raw query reads them (null: no visit yet; dates are Date on PostgreSQL, text on SQLite). */
export type VisitRow = { seenAt: RawDate | null; baselineAt: RawDate | null };

export function visitFromRow(row: VisitRow | undefined): PageVisit | null {
  if (!row || row.seenAt === null) return null;
  return { seenAt: toDate(row.seenAt), baselineAt: row.baselineAt === null ? null : toDate(row.baselineAt) };
}

export async function recordPageVisit(options: {
  db: DbClient;
  userId: string;
  municipalityId: string;
  /** The visit as this request already read it (with the municipality: require-municipality.ts); else read here. */
  visit?: PageVisit | null;
  now?: Date;
}): Promise<Date | null> {
  const { db, userId, municipalityId, now = new Date() } = options;
  const key = { userId_municipalityId: { userId, municipalityId } };
  // Read on every view of the page, unless read already (issue 17).
  const visit = options.visit !== undefined ? options.visit : await readVisit(db, userId, municipalityId);
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

/** One raw, indexed query (issue 17). */
async function readVisit(db: DbClient, userId: string, municipalityId: string) {
  const rows = await db.$queryRaw<VisitRow[]>`
    SELECT "seenAt", "baselineAt" FROM "PageVisit" WHERE "userId" = ${userId} AND "municipalityId" = ${municipalityId}`;
  return visitFromRow(rows[0]);
}

type RawDate = Date | string | number | bigint;

function toDate(value: RawDate): Date {
  return value instanceof Date ? value : new Date(typeof value === "bigint" ? Number(value) : value);
}
