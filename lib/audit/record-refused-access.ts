/**
 * Writes an `access.refused` audit row, rate-limited per user (counted in the database, so across app processes):
 * at most REFUSALS_PER_USER rows per REFUSAL_WINDOW_MS; the last one allowed says so (`limitReached`).
 */
import type { DbClient } from "../db/types";
import { recordAuditEvent } from "./record-audit-event";

export const REFUSALS_PER_USER = 20;
export const REFUSAL_WINDOW_MS = 10 * 60_000;

export async function recordRefusedAccess(options: {
  db: DbClient;
  actorId: string;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown>;
  now?: Date;
}): Promise<boolean> {
  const { db, actorId, entityType, entityId, details, now = new Date() } = options;
  const recent = await db.auditEvent.count({
    where: { action: "access.refused", actorId, createdAt: { gt: new Date(now.getTime() - REFUSAL_WINDOW_MS) } },
  });
  if (recent >= REFUSALS_PER_USER) return false;
  const limitReached = recent === REFUSALS_PER_USER - 1;
  await recordAuditEvent(db, {
    actorId,
    action: "access.refused",
    entityType,
    entityId,
    after: { ...details, ...(limitReached ? { limitReached: true } : {}) },
  });
  return true;
}
