/**
 * Audit rows of failed and refused sign-ins, capped: at most FAILURES_PER_MINUTE per minute across all app
 * processes (counted in the database), then one `auth.sign_in_flood` row for that minute. A flood of random
 * e-mails therefore writes a bounded number of rows; the limiter's own table (SignInFailure) holds every failure
 * for its window.
 */
import type { DbClient } from "../db/types";
import { recordAuditEvent } from "../audit/record-audit-event";

export const FAILURES_PER_MINUTE = 30;
const COUNTED = ["auth.sign_in_failed", "auth.sign_in_blocked"];

export async function auditSignInFailure(options: {
  db: DbClient;
  email: string;
  action: "auth.sign_in_failed" | "auth.sign_in_blocked";
  entityId?: string | null;
  after: Record<string, unknown>;
  now?: Date;
}) {
  const { db, email, action, entityId, after, now = new Date() } = options;
  const since = new Date(now.getTime() - 60_000);
  const recent = await db.auditEvent.groupBy({
    by: ["action"],
    where: { action: { in: [...COUNTED, "auth.sign_in_flood"] }, createdAt: { gt: since } },
    _count: { _all: true },
  });
  const counted = recent.filter((r) => COUNTED.includes(r.action)).reduce((sum, r) => sum + r._count._all, 0);
  if (counted < FAILURES_PER_MINUTE) {
    await recordAuditEvent(db, { actorLabel: email, action, entityType: "User", entityId, after });
  } else if (!recent.some((r) => r.action === "auth.sign_in_flood")) {
    await recordAuditEvent(db, {
      actorLabel: null,
      action: "auth.sign_in_flood",
      entityType: "User",
      after: { cap: FAILURES_PER_MINUTE, note: "Flere fejlede login i dette minut logges ikke enkeltvis." },
    });
  }
}
