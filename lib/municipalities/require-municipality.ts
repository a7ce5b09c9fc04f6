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
  const municipality = await municipalityByCode(code);
  if (!municipality) notFound();
  if (!can(user, options.permission, { municipalityId: municipality.id, regionId: municipality.regionId }))
    await refuseAccess({ user, permission: options.permission, what: "Municipality", id: municipality.id });
  return { user, municipality };
}

/**
 * Every page of a municipality asks for it: one raw, indexed query rather than a Prisma query through the
 * TypeScript query compiler (~1–2 ms of CPU; docs/decisions/0019-speed-at-the-floor.md).
 */
async function municipalityByCode(code: string) {
  const rows = await db.$queryRaw<
    {
      id: string;
      code: string;
      name: string;
      regionId: string;
      cvr: string | null;
      ean: string | null;
      regionCode: string;
      regionName: string;
      kkrName: string;
    }[]
  >`
    SELECT m."id", m."code", m."name", m."regionId", m."cvr", m."ean",
      r."code" AS "regionCode", r."name" AS "regionName", r."kkrName"
    FROM "Municipality" m JOIN "Region" r ON r."id" = m."regionId" WHERE m."code" = ${code}`;
  const row = rows[0];
  if (!row) return null;
  const { regionCode, regionName, kkrName, ...municipality } = row;
  return { ...municipality, region: { id: row.regionId, code: regionCode, name: regionName, kkrName } };
}

export type ScopedMunicipality = Awaited<ReturnType<typeof requireMunicipality>>["municipality"];
