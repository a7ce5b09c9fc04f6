/**
 * A session lasts at most SESSION_HOURS from the sign-in that started it — an absolute lifetime that fetching
 * the session (GET /api/auth/session, every page) does not renew (docs/decisions/0012-trust-part-two.md).
 * The session token carries `signedInAt` (seconds since the epoch); every token written is given an expiry of
 * signedInAt + SESSION_HOURS, never later.
 */
export const SESSION_HOURS = 8;
export const SESSION_SECONDS = SESSION_HOURS * 60 * 60;

type Claims = { signedInAt?: unknown };

/** Seconds the session has left (at least 1 so a token can still be written; an ended one is refused on read). */
export function sessionSecondsLeft(token: Claims, now = Date.now()): number {
  const started = typeof token.signedInAt === "number" ? token.signedInAt : now / 1000;
  return Math.max(1, Math.floor(started + SESSION_SECONDS - now / 1000));
}

export function sessionExpired(token: Claims, now = Date.now()): boolean {
  return typeof token.signedInAt !== "number" || now / 1000 >= token.signedInAt + SESSION_SECONDS;
}
