/**
 * The scoped loader of an agreement (a period): (signed-in user, agreement id) → the agreement, or a 404 when the
 * id is malformed, unknown, or the user may not use the permission on it.
 */
import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { can, type Permission } from "../auth/permissions";
import { requireUser } from "../auth/session";
import { refuseAccess } from "../auth/refuse-access";
import { idParam, parseParam } from "../validation/route-params";

export async function requireAgreement(options: { agreementId: unknown; permission: Permission }) {
  const user = await requireUser();
  const agreement = await db.agreement.findUnique({ where: { id: parseParam(idParam, options.agreementId) } });
  if (!agreement) notFound();
  if (!can(user, options.permission, { regionId: agreement.regionId }))
    await refuseAccess({ user, permission: options.permission, what: "Agreement", id: agreement.id });
  return { user, agreement };
}
