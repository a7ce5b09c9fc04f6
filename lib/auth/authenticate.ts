/**
 * Checks e-mail + password for next-auth's Credentials provider. Every attempt is audited (the e-mail tried,
 * never the password). Unknown e-mail and wrong password get the same answer and take the same time.
 */
import bcrypt from "bcryptjs";
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { clearFailedSignIns, isSignInBlocked, recordFailedSignIn } from "./rate-limit";
import { signInSchema } from "./sign-in-schema";

// Compared against when the e-mail is unknown, so both failures take a full bcrypt round (equal timing).
let dummyHash: string | undefined;
const getDummyHash = () => (dummyHash ??= bcrypt.hashSync(crypto.randomUUID(), 10));

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

export async function authenticate({
  db,
  credentials,
  clientIp,
}: {
  db: Database;
  credentials: unknown;
  /** The client's address when it can be trusted (behind a proxy with TRUST_PROXY=1), else null. */
  clientIp: string | null;
}): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new SignInError("InvalidInput");
  const { email, password } = parsed.data;
  if (isSignInBlocked(email, clientIp)) {
    await recordAuditEvent(db, {
      actorLabel: email,
      action: "auth.sign_in_blocked",
      entityType: "User",
      after: { ip: clientIp },
    });
    throw new SignInError("RateLimited");
  }

  const user = await db.user.findUnique({ where: { email } });
  const passwordMatches = await bcrypt.compare(password, user?.passwordHash ?? getDummyHash());
  if (!user || !user.active || !passwordMatches) {
    recordFailedSignIn(email, clientIp);
    await recordAuditEvent(db, {
      actorLabel: email,
      action: "auth.sign_in_failed",
      entityType: "User",
      entityId: user?.id,
      after: { ip: clientIp, reason: !user ? "unknown_email" : !user.active ? "inactive" : "wrong_password" },
    });
    return null;
  }
  clearFailedSignIns(email);
  await recordAuditEvent(db, {
    actorId: user.id,
    action: "auth.sign_in",
    entityType: "User",
    entityId: user.id,
    after: { ip: clientIp },
  });
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    municipalityId: user.municipalityId,
    officeId: user.officeId,
    regionId: user.regionId,
  };
}
