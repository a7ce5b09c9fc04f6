/**
 * The scoped loader of a user account that the signed-in user manages ("users.manage"): the account, or a 404
 * when the id is malformed or unknown, or the account lies outside the secretariat's region.
 */
import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { requirePermission } from "../auth/session";
import { can } from "../auth/permissions";
import { refuseAccess } from "../auth/refuse-access";
import { idParam, parseParam } from "../validation/route-params";

export async function requireManagedUser(options: { userId: unknown }) {
  const user = await requirePermission("users.manage");
  const account = await db.user.findUnique({
    where: { id: parseParam(idParam, options.userId) },
    include: { municipality: true, office: { include: { agreement: true } } },
  });
  if (!account) notFound();
  // A secretariat manages the accounts of its own region only (an administrator's: none).
  const regionId = account.regionId ?? account.municipality?.regionId ?? account.office?.agreement.regionId;
  if (!can(user, "users.manage", { regionId: regionId ?? "" }))
    await refuseAccess({ user, permission: "users.manage", what: "User", id: account.id });
  return { user, account };
}
