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
import { visitFromRow, type VisitRow } from "./record-page-visit";

export async function requireMunicipality(options: { code: unknown; permission: Permission }) {
  const user = await requireUser();
  const code = parseParam(municipalityCodeParam, options.code);
  const found = await municipalityByCode(code, user.id);
  if (!found) notFound();
  const { municipality, periods, visit } = found;
  if (!can(user, options.permission, { municipalityId: municipality.id, regionId: municipality.regionId }))
    await refuseAccess({ user, permission: options.permission, what: "Municipality", id: municipality.id });
  return { user, municipality, periods, visit };
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
  const found = await requireMunicipality(options);
  return { ...found, period: periodOf(found.periods, options.periode) };
}

/**
 * Every page of a municipality asks for it: one raw, indexed query rather than a Prisma query through the
 * TypeScript query compiler (~1–2 ms of CPU each), with what its pages need along with it — its region's periods (a
 * few rows) and the user's last visit of its page (what changed since: record-page-visit.ts) — so a page of a
 * period starts with one query besides the session (docs/decisions/0008-performance.md, 0019-speed-at-the-floor.md).
 */
async function municipalityByCode(code: string, userId: string) {
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
    } & PeriodRow &
      VisitRow)[]
  >`
    SELECT m."id", m."code", m."name", m."regionId", m."cvr", m."ean",
      r."code" AS "regionCode", r."name" AS "regionName", r."kkrName",
      a."id" AS "periodId", a."name" AS "periodName", a."firstYear", a."lastYear", a."dataVersion",
      v."seenAt", v."baselineAt"
    FROM "Municipality" m JOIN "Region" r ON r."id" = m."regionId" LEFT JOIN "Agreement" a ON a."regionId" = m."regionId"
      LEFT JOIN "PageVisit" v ON v."municipalityId" = m."id" AND v."userId" = ${userId}
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
    visit: visitFromRow(row),
  };
}

export type ScopedMunicipality = Awaited<ReturnType<typeof requireMunicipality>>["municipality"];
