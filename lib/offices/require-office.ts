/**
 * The scoped loader of a cluster office: (signed-in user, office id from the URL) → the office with its agreement
 * (and leads, when asked), or a 404 when the id is malformed, unknown, or outside the user's scope.
 */
import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { can, type Permission } from "../auth/permissions";
import { requireUser } from "../auth/session";
import { refuseAccess } from "../auth/refuse-access";
import { idParam, parseParam } from "../validation/route-params";
import { officeScopeFor } from "./office-family";

export async function requireOffice(options: { officeId: unknown; permission: Permission; include?: "leads" }) {
  const user = await requireUser();
  const officeId = parseParam(idParam, options.officeId);
  const office = await db.clusterOffice.findUnique({
    where: { id: officeId },
    include: { agreement: true, leads: options.include === "leads" },
  });
  if (!office) notFound();
  const scope = { officeId: await officeScopeFor({ db, user, office }), regionId: office.agreement.regionId };
  if (!can(user, options.permission, scope))
    await refuseAccess({ user, permission: options.permission, what: "ClusterOffice", id: office.id });
  return { user, office };
}
