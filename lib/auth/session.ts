/**
 * The one server-side helper every page and action uses to require a signed-in user, a permission and a
 * scope. The JWT only says who signed in; next-auth's jwt callback (lib/auth/options.ts) reads the user row on
 * every request (lib/auth/read-session-user.ts), so a deactivated user, a changed role, an ended session (sign-out,
 * password change) or an expired one takes effect at once.
 */
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./options";
import { can, type Permission, type Scope } from "./permissions";
import { refuseAccess } from "./refuse-access";
import type { AuthenticatedUser } from "./authenticate";
import { noteRequest } from "../log/request-context";

/** The signed-in user as every check sees it (same shape authenticate() returns). */
export type SessionUser = AuthenticatedUser;

/** Once per request (React cache): the layout and the page share one lookup. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const { id, name, email, role, municipalityId, officeId, regionId } = session.user;
  // The request's log line names the user by id only (lib/ops/request-log.ts).
  noteRequest({ userId: id });
  return { id, name, email, role, municipalityId, officeId, regionId };
});

/** Anonymous → sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}

/** Signed in but not allowed (wrong role or another municipality's / office's resource) → 404, audited. */
export async function requirePermission(permission: Permission, scope: Scope = {}): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission, scope)) await refuseAccess({ user, permission });
  return user;
}
