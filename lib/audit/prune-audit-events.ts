/**
 * Retention of the audit rows of READS (docs/decisions/0012-trust-part-two.md): downloads of documents and refused
 * access attempts are personal data about who looked at what, kept for AUDIT_READ_RETENTION_DAYS (default 180)
 * and then deleted. Rows of changes (decisions, users, evaluations …) and of sign-ins are not touched here.
 * Run by `npm run audit:prune` (daily, from cron or a systemd timer); it also deletes the sign-in limiter's
 * expired failures.
 */
import type { DbClient } from "../db/types";
import { pruneSignInFailures } from "../auth/sign-in-limiter";

export const READ_ACTIONS = ["attachment.downloaded", "access.refused"];
export const DEFAULT_READ_RETENTION_DAYS = 180;

/** The retention in days from the environment, or a Danish error. */
export function readRetentionDays(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_READ_RETENTION_DAYS;
  if (!/^\d{1,5}$/.test(value.trim()) || Number(value) < 1)
    throw new Error(`AUDIT_READ_RETENTION_DAYS skal være et helt antal dage (mindst 1), ikke «${value}».`);
  return Number(value);
}

export async function pruneAuditEvents(options: { db: DbClient; retentionDays: number; now?: Date }) {
  const { db, retentionDays, now = new Date() } = options;
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
  const { count: reads } = await db.auditEvent.deleteMany({
    where: { action: { in: READ_ACTIONS }, createdAt: { lt: cutoff } },
  });
  const signInFailures = await pruneSignInFailures({ db, now });
  return { reads, signInFailures, cutoff };
}
