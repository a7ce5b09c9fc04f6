/**
 * A user changes their own password: the current one must match — guessing it is slowed down as sign-in is, by the
 * same account limiter (lib/auth/sign-in-limiter.ts) — the new one is hashed (Argon2id), and every
 * session of the user ends (lib/auth/end-sessions.ts) — a thief with an old session is out. Audited in the same
 * transaction; the passwords are never logged. A wrong or blocked current password is audited as a failed sign-in
 * is (capped per minute, lib/auth/audit-sign-in-failure.ts): it is a guess at the same secret. Returns the new session version, so the caller can keep the
 * session in which the change was made.
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { Refusal } from "../actions/refusal";
import { endSessions } from "../auth/end-sessions";
import { hashPassword, HashQueueFull, verifyPassword } from "../auth/password";
import { checkSignInLimit, clearAccountFailures, recordSignInFailure } from "../auth/sign-in-limiter";
import { rateLimitedCode, signInErrorMessage } from "../auth/sign-in-schema";
import { auditSignInFailure } from "../auth/audit-sign-in-failure";

export async function changePassword(options: {
  db: Database;
  actor: { id: string };
  currentPassword: string;
  newPassword: string;
  now?: Date;
}): Promise<{ sessionVersion: number }> {
  const { db, actor, currentPassword, newPassword, now = new Date() } = options;
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  const limit = await checkSignInLimit({ db, email: user.email, clientIp: null, now });
  if (!limit.allowed) {
    await auditSignInFailure({
      db,
      now,
      email: user.email,
      entityId: user.id,
      action: "auth.sign_in_blocked",
      after: { by: limit.kind, where: "Min konto" },
    });
    const message = signInErrorMessage(rateLimitedCode((limit.retryAt.getTime() - now.getTime()) / 1000), now)!;
    // Said for the form, not under the field: the password typed may be right, it was not checked at all.
    throw new Refusal(`${message} Adgangskoden er ikke skiftet.`);
  }
  try {
    const { matches } = await verifyPassword(currentPassword, user.passwordHash);
    if (!matches) {
      await recordSignInFailure({ db, email: user.email, clientIp: null, now });
      await auditSignInFailure({
        db,
        now,
        email: user.email,
        entityId: user.id,
        action: "auth.sign_in_failed",
        after: { reason: "wrong_current_password", where: "Min konto" },
      });
      throw new Refusal("Den nuværende adgangskode er forkert.", { field: "currentPassword" });
    }
    await clearAccountFailures({ db, email: user.email });
    const passwordHash = await hashPassword(newPassword);
    return await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
      const sessionVersion = await endSessions({ db: tx, userId: user.id });
      await recordAuditEvent(tx, {
        actorId: user.id,
        action: "user.password_changed",
        entityType: "User",
        entityId: user.id,
      });
      return { sessionVersion };
    });
  } catch (error) {
    if (error instanceof HashQueueFull) throw new Refusal("Der er travlt lige nu. Prøv igen om et øjeblik.");
    throw error;
  }
}
