/**
 * Sign-in throttling: at most MAX_PER_ACCOUNT failed attempts per account and MAX_PER_IP per client address
 * within WINDOW_MS. In memory, per server process — enough for the single-process deployment this app
 * ships as (docs/decisions/0004-sign-in-and-access.md); a multi-instance deployment needs a shared store.
 */
const WINDOW_MS = 15 * 60 * 1000;
export const MAX_PER_ACCOUNT = 5;
export const MAX_PER_IP = 20;

const failures = new Map<string, number[]>();

function recent(key: string, now: number): number[] {
  const kept = (failures.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
  if (kept.length) failures.set(key, kept);
  else failures.delete(key);
  return kept;
}

export function isSignInBlocked(email: string, ip: string | null, now = Date.now()): boolean {
  return (
    recent(`account:${email}`, now).length >= MAX_PER_ACCOUNT ||
    (ip !== null && recent(`ip:${ip}`, now).length >= MAX_PER_IP)
  );
}

export function recordFailedSignIn(email: string, ip: string | null, now = Date.now()) {
  for (const key of ip === null ? [`account:${email}`] : [`account:${email}`, `ip:${ip}`])
    failures.set(key, [...recent(key, now), now]);
}

export function clearFailedSignIns(email: string) {
  failures.delete(`account:${email}`);
}
