/**
 * Checks e-mail + password for next-auth's Credentials provider (docs/decisions/0004, 0012).
 * - The limiter (lib/auth/sign-in-limiter.ts) is asked first: during a wait the attempt is refused at once,
 *   with the seconds to wait, and no password is checked.
 * - Passwords are verified off the event loop (lib/auth/password.ts); an unknown e-mail is compared against a
 *   dummy hash, so it takes as long as a wrong password. A bcrypt hash from before is replaced by Argon2id.
 * - Every attempt that does not sign in is answered after FAILED_ATTEMPT_MS at the earliest (a tarpit): a loop of
 *   bad sign-ins gets one answer a second, whatever it is refused for, and the two kinds of failure take the same time.
 * - Audited: the e-mail tried, never the password. In a flood, failures are audited one by one only up to a
 *   cap per minute, then once as a flood (lib/auth/audit-sign-in-failure.ts); the limiter's table keeps the count.
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { auditSignInFailure } from "./audit-sign-in-failure";
import { dummyPasswordHash, hashPassword, HashQueueFull, hashQueueFull, verifyPassword } from "./password";
import { checkSignInLimit, clearAccountFailures, pruneSignInFailures, recordSignInFailure } from "./sign-in-limiter";
import { rateLimitedCode, signInSchema } from "./sign-in-schema";

export class SignInError extends Error {}

export type AuthenticatedUser = {
  id: string;
  name: string;
  email: string;
  role: string;
  municipalityId: string | null;
  officeId: string | null;
  /** A secretariat user's KKR region (null for the other roles). */
  regionId: string | null;
};

/** What sign-in hands to the session token: the user and the session version it starts under. */
export type SignedInUser = AuthenticatedUser & { sessionVersion: number };

const PRUNE_EVERY_MS = 60_000;
export const FAILED_ATTEMPT_MS = 1_000;
let lastPrune = 0;

export async function authenticate({
  db,
  credentials,
  clientIp,
  now = new Date(),
  failedAttemptMs = FAILED_ATTEMPT_MS,
}: {
  db: Database;
  credentials: unknown;
  /** The client's address when it can be trusted (behind a proxy with TRUST_PROXY=1), else null. */
  clientIp: string | null;
  now?: Date;
  /** The tarpit (tests that try many passwords set 0). */
  failedAttemptMs?: number;
}): Promise<SignedInUser | null> {
  const started = Date.now();
  const tarpit = () => new Promise((resolve) => setTimeout(resolve, started + failedAttemptMs - Date.now()));
  try {
    const user = await checkCredentials({ db, credentials, clientIp, now });
    if (!user) await tarpit();
    return user;
  } catch (error) {
    await tarpit();
    throw error;
  }
}

async function checkCredentials({
  db,
  credentials,
  clientIp,
  now,
}: {
  db: Database;
  credentials: unknown;
  clientIp: string | null;
  now: Date;
}): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new SignInError("InvalidInput");
  // A full queue of password checks: refused before any other work.
  if (hashQueueFull()) throw new SignInError("Busy");
  const { email, password } = parsed.data;
  if (now.getTime() - lastPrune > PRUNE_EVERY_MS) {
    lastPrune = now.getTime();
    await pruneSignInFailures({ db, now });
  }
  const limit = await checkSignInLimit({ db, email, clientIp, now });
  if (!limit.allowed) {
    await auditSignInFailure({
      db,
      now,
      email,
      action: "auth.sign_in_blocked",
      after: { ip: clientIp, by: limit.kind },
    });
    throw new SignInError(rateLimitedCode((limit.retryAt.getTime() - now.getTime()) / 1000));
  }

  const user = await db.user.findUnique({ where: { email } });
  let verdict: { matches: boolean; rehash: boolean };
  try {
    verdict = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  } catch (error) {
    if (error instanceof HashQueueFull) throw new SignInError("Busy");
    throw error;
  }
  if (!user || !user.active || !verdict.matches) {
    await recordSignInFailure({ db, email, clientIp, now });
    await auditSignInFailure({
      db,
      now,
      email,
      entityId: user?.id,
      action: "auth.sign_in_failed",
      after: { ip: clientIp, reason: !user ? "unknown_email" : !user.active ? "inactive" : "wrong_password" },
    });
    // Only who knows the password learns that the user is deactivated: told whom to ask, not "wrong password" (as the
    // organisation's sign-in says it, lib/auth/oidc.ts). A guess still gets the same answer as any wrong one.
    if (user && !user.active && verdict.matches) throw new SignInError("Inactive");
    return null;
  }
  await clearAccountFailures({ db, email });
  if (verdict.rehash) {
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  }
  await recordAuditEvent(db, {
    actorId: user.id,
    action: "auth.sign_in",
    entityType: "User",
    entityId: user.id,
    after: { ip: clientIp, method: "password" },
  });
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    municipalityId: user.municipalityId,
    officeId: user.officeId,
    regionId: user.regionId,
    sessionVersion: user.sessionVersion,
  };
}
