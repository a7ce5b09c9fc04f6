/**
 * The scoped loader of a user account that the signed-in user manages ("users.manage"): the account, or a 404
 * when the id is malformed or unknown.
 */
import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { requirePermission } from "../auth/session";
import { idParam, parseParam } from "../validation/route-params";

export async function requireManagedUser(options: { userId: unknown }) {
  const user = await requirePermission("users.manage");
  const account = await db.user.findUnique({ where: { id: parseParam(idParam, options.userId) } });
  if (!account) notFound();
  return { user, account };
}
