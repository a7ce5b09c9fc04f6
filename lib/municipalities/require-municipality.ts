/**
 * The scoped loader of a municipality: (signed-in user, code from the URL) → the municipality, or a 404 when the
 * code is malformed, unknown, or outside the user's scope for the permission. Pages, route handlers and actions
 * all come through here (CONTRIBUTING.md: "scoped loaders").
 */
import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { can, type Permission } from "../auth/permissions";
import { requireUser } from "../auth/session";
import { refuseAccess } from "../auth/refuse-access";
import { municipalityCodeParam, parseParam } from "../validation/route-params";

export async function requireMunicipality(options: { code: unknown; permission: Permission }) {
  const user = await requireUser();
  const code = parseParam(municipalityCodeParam, options.code);
  const municipality = await db.municipality.findUnique({ where: { code }, include: { region: true } });
  if (!municipality) notFound();
  if (!can(user, options.permission, { municipalityId: municipality.id, regionId: municipality.regionId }))
    await refuseAccess({ user, permission: options.permission, what: "Municipality", id: municipality.id });
  return { user, municipality };
}

export type ScopedMunicipality = Awaited<ReturnType<typeof requireMunicipality>>["municipality"];
