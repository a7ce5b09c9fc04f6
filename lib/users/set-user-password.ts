/**
 * A user who has forgotten their password gets a new one from whoever manages their account (the region's
 * secretariat, or an administrator): there is no self-service reset by mail (docs/decisions/0021-…). The password is
 * made here, random (80 bits, in groups that are easy to read aloud), and shown once to the one who asked: nobody
 * types it, so nobody mistypes it. The same rules as deactivation: nobody does it to themselves (they use Min konto),
 * only an administrator does it to an administrator, and not to a deactivated user. Every session of the user ends,
 * and a sign-in slowed down by wrong guesses is let in again. Audited in the same transaction; the password is never
 * logged.
 */
import { randomInt } from "node:crypto";
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { Refusal } from "../actions/refusal";
import { endSessions } from "../auth/end-sessions";
import { hashPassword, HashQueueFull } from "../auth/password";
import { clearAccountFailures } from "../auth/sign-in-limiter";

/** No 0/O, 1/l/I: read aloud or copied by hand without doubt. */
const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** "k7dm-2rxa-9pfe-wq4h": 16 random characters of 32 (80 bits). */
export function newPassword(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}

export async function setUserPassword(options: { db: Database; actor: { id: string; role: string }; userId: string }) {
  const { db, actor, userId } = options;
  const password = newPassword();
  if (userId === actor.id) throw new Refusal("Skift din egen adgangskode under Min konto.");
  let passwordHash: string;
  try {
    passwordHash = await hashPassword(password);
  } catch (error) {
    if (error instanceof HashQueueFull) throw new Refusal("Der er travlt lige nu. Prøv igen om et øjeblik.");
    throw error;
  }
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new Refusal("Brugeren findes ikke.");
    if (user.role === "ADMIN" && actor.role !== "ADMIN") {
      throw new Refusal("Kun en administrator kan give en administrator en ny adgangskode.");
    }
    if (!user.active) throw new Refusal("Brugeren er deaktiveret. Aktivér brugeren først.");
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await endSessions({ db: tx, userId });
    await clearAccountFailures({ db: tx, email: user.email });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.password_set",
      entityType: "User",
      entityId: userId,
    });
    return { name: user.name, password };
  });
}
