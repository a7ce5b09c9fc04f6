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
import { periodOf, periodsFromRows, type PeriodRow } from "../periods/require-period";

export async function requireMunicipality(options: { code: unknown; permission: Permission }) {
  const user = await requireUser();
  const code = parseParam(municipalityCodeParam, options.code);
  const found = await municipalityByCode(code);
  if (!found) notFound();
  const { municipality, periods } = found;
  if (!can(user, options.permission, { municipalityId: municipality.id, regionId: municipality.regionId }))
    await refuseAccess({ user, permission: options.permission, what: "Municipality", id: municipality.id });
  return { user, municipality, periods };
}

/**
 * A municipality's page of a period (issue 12): the scoped municipality, its region's periods and the period of the
 * page (`?periode=<id>`, default the current one; 404 for another region's period) — from one query.
 */
export async function requireMunicipalityPeriod(options: {
  code: unknown;
  permission: Permission;
  periode?: string | string[];
}) {
  const { user, municipality, periods } = await requireMunicipality(options);
  return { user, municipality, periods, period: periodOf(periods, options.periode) };
}

/**
 * Every page of a municipality asks for it: one raw, indexed query rather than a Prisma query through the
 * TypeScript query compiler (~1–2 ms of CPU; docs/decisions/0019-speed-at-the-floor.md).
 */
async function municipalityByCode(code: string) {
  const rows = await db.$queryRaw<
    ({
      id: string;
      code: string;
      name: string;
      regionId: string;
      cvr: string | null;
      ean: string | null;
      regionCode: string;
      regionName: string;
      kkrName: string;
    } & PeriodRow)[]
  >`
    SELECT m."id", m."code", m."name", m."regionId", m."cvr", m."ean",
      r."code" AS "regionCode", r."name" AS "regionName", r."kkrName",
      a."id" AS "periodId", a."name" AS "periodName", a."firstYear", a."lastYear", a."dataVersion"
    FROM "Municipality" m JOIN "Region" r ON r."id" = m."regionId" LEFT JOIN "Agreement" a ON a."regionId" = m."regionId"
    WHERE m."code" = ${code} ORDER BY a."firstYear" ASC, a."id" ASC`;
  const row = rows[0];
  if (!row) return null;
  const { id, code: foundCode, name, regionId, cvr, ean, regionCode, regionName, kkrName } = row;
  return {
    municipality: {
      id,
      code: foundCode,
      name,
      regionId,
      cvr,
      ean,
      region: { id: regionId, code: regionCode, name: regionName, kkrName },
    },
    periods: periodsFromRows(rows),
  };
}

export type ScopedMunicipality = Awaited<ReturnType<typeof requireMunicipality>>["municipality"];
