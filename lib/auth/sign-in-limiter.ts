/**
 * The sign-in limiter (docs/decisions/0012-trust-part-two.md). Failed sign-ins are stored in the database per key —
 * the account (e-mail) and, behind a trusted proxy, the client address — so the limit holds across app processes.
 * It slows down instead of locking out: a key's first failures in the window are free; after them each attempt
 * must wait, the wait doubling with every further failure up to a cap, and an attempt during the wait is refused at
 * once with the time to try again (no password is checked). After the wait, the right password gets in, and a
 * successful sign-in clears the account's failures.
 */
import type { DbClient } from "../db/types";

export const WINDOW_MS = 15 * 60_000;

export const LIMITS = {
  account: { free: 5, firstDelayMs: 10_000, maxDelayMs: 5 * 60_000 },
  // Generous: a municipality's users may share one address.
  address: { free: 30, firstDelayMs: 10_000, maxDelayMs: 5 * 60_000 },
} as const;
type Kind = keyof typeof LIMITS;

const accountKey = (email: string) => `account:${email}`;
const addressKey = (ip: string) => `address:${ip}`;
const kindOf = (key: string): Kind => (key.startsWith("account:") ? "account" : "address");

function keysFor(email: string, clientIp: string | null): string[] {
  return clientIp === null ? [accountKey(email)] : [accountKey(email), addressKey(clientIp)];
}

/** When a key with `failures` in the window, the last at `lastFailure`, may try again (null: at once). */
export function retryTime(kind: Kind, failures: number, lastFailure: Date): Date | null {
  const rule = LIMITS[kind];
  if (failures < rule.free) return null;
  const delay = Math.min(rule.firstDelayMs * 2 ** (failures - rule.free), rule.maxDelayMs);
  return new Date(lastFailure.getTime() + delay);
}

export type LimiterVerdict = { allowed: true } | { allowed: false; retryAt: Date; kind: Kind };

export async function checkSignInLimit(options: {
  db: DbClient;
  email: string;
  clientIp: string | null;
  now?: Date;
}): Promise<LimiterVerdict> {
  const { db, email, clientIp, now = new Date() } = options;
  const groups = await db.signInFailure.groupBy({
    by: ["key"],
    where: { key: { in: keysFor(email, clientIp) }, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  let verdict: LimiterVerdict = { allowed: true };
  for (const group of groups) {
    const kind = kindOf(group.key);
    const retryAt = retryTime(kind, group._count._all, group._max.createdAt ?? now);
    if (retryAt && retryAt > now && (verdict.allowed || retryAt > verdict.retryAt))
      verdict = { allowed: false, retryAt, kind };
  }
  return verdict;
}

export async function recordSignInFailure(options: {
  db: DbClient;
  email: string;
  clientIp: string | null;
  now?: Date;
}) {
  const { db, email, clientIp, now = new Date() } = options;
  await db.signInFailure.createMany({ data: keysFor(email, clientIp).map((key) => ({ key, createdAt: now })) });
}

/** After a successful sign-in: the account starts afresh (the address does not). */
export async function clearAccountFailures(options: { db: DbClient; email: string }) {
  await options.db.signInFailure.deleteMany({ where: { key: accountKey(options.email) } });
}

/** Failures older than the window count for nothing: deleted (npm run audit:prune, and now and then at sign-in). */
export async function pruneSignInFailures(options: { db: DbClient; now?: Date }): Promise<number> {
  const { db, now = new Date() } = options;
  const { count } = await db.signInFailure.deleteMany({
    where: { createdAt: { lte: new Date(now.getTime() - WINDOW_MS) } },
  });
  return count;
}
