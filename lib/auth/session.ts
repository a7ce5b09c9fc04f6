/**
 * The one server-side helper every page and action uses to require a signed-in user, a permission and a
 * scope. The JWT only says who signed in; the user row is read again on every request so that a
 * deactivated user or a changed role takes effect at once.
 */
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { db } from "../db";
import { authOptions } from "./options";
import { can, type Permission, type Scope } from "./permissions";

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: string;
  municipalityId: string | null;
  officeId: string | null;
};

/** Once per request (React cache): the layout and the page share one lookup. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true, role: true, municipalityId: true, officeId: true, active: true },
  });
  if (!user || !user.active) return null;
  const { active: _active, ...sessionUser } = user;
  return sessionUser;
});

/** Anonymous → sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}

/** Signed in but not allowed (wrong role or another municipality's / office's resource) → 404. */
export async function requirePermission(permission: Permission, scope: Scope = {}): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission, scope)) notFound();
  return user;
}
