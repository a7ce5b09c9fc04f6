/**
 * The region and period a page is about (issue 12). A secretariat works in its own KKR region; an administrator
 * picks one (`?kkr=<regionskode>`, default: the first region with a period); a municipality's or an office's pages
 * are about their own region. The period is the one in the URL (`?periode=<id>`) if it is one of the region's, else
 * the one containing the current year, else the newest; an id that is not one of the region's periods is a 404.
 */
import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { now } from "../clock";
import type { Permission } from "../auth/permissions";
import { requirePermission, type SessionUser } from "../auth/session";
import { pickPeriod, type PeriodSummary } from "./pick-period";

export type RegionSummary = { id: string; code: string; name: string; kkrName: string };

/**
 * Every page of a period asks for this list: one raw, indexed query (~0.2 ms) rather than a Prisma query through
 * the TypeScript query compiler (~1–2 ms of CPU; docs/decisions/0008-performance.md, 0019-speed-at-the-floor.md).
 * Ordered by first year (then id, so the order is total).
 */
async function periodsOf(regionId: string): Promise<PeriodSummary[]> {
  const rows = await db.$queryRaw<
    { id: string; name: string; firstYear: number | bigint; lastYear: number | bigint }[]
  >`
    SELECT "id", "name", "firstYear", "lastYear" FROM "Agreement" WHERE "regionId" = ${regionId}
    ORDER BY "firstYear" ASC, "id" ASC`;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    firstYear: Number(row.firstYear),
    lastYear: Number(row.lastYear),
  }));
}

/** The period of a region for a page: the one asked for, or the default; 404 for another region's period. */
export async function choosePeriod(options: { regionId: string; periode?: string | string[] }) {
  const periods = await periodsOf(options.regionId);
  const requested = Array.isArray(options.periode) ? options.periode[0] : options.periode;
  const { period, unknown } = pickPeriod(periods, requested || undefined, now());
  if (unknown) notFound();
  return { periods, period };
}

/** The regions a user may look at as a secretariat: its own, or (an administrator) every region. */
export async function regionsOf(user: SessionUser): Promise<RegionSummary[]> {
  const select = { id: true, code: true, name: true, kkrName: true } as const;
  if (user.role === "ADMIN") return db.region.findMany({ orderBy: { code: "asc" }, select });
  if (!user.regionId) return [];
  // A secretariat's own region on every secretariat page: raw and indexed, as periodsOf.
  return db.$queryRaw<RegionSummary[]>`
    SELECT "id", "code", "name", "kkrName" FROM "Region" WHERE "id" = ${user.regionId}`;
}

/** For the secretariat's pages: the user (with the permission) and the region it works in. */
export async function requireRegion(options: { permission: Permission; kkr?: string | string[] }) {
  const user = await requirePermission(options.permission);
  const regions = await regionsOf(user);
  const asked = Array.isArray(options.kkr) ? options.kkr[0] : options.kkr;
  let region: RegionSummary | undefined;
  if (asked) {
    region = regions.find((r) => r.code === asked);
    if (!region) notFound();
  } else if (user.role === "ADMIN") {
    const withPeriods = await db.agreement.findMany({ select: { regionId: true }, distinct: ["regionId"] });
    region = regions.find((r) => withPeriods.some((p) => p.regionId === r.id)) ?? regions[0];
  } else {
    region = regions[0];
  }
  if (!region) notFound();
  return { user, region, regions };
}

/** For the secretariat's pages: the user (with the permission), its region and the period of the page. */
export async function requireRegionPeriod(options: {
  permission: Permission;
  periode?: string | string[];
  kkr?: string | string[];
}) {
  const { user, region, regions } = await requireRegion(options);
  const { periods, period } = await choosePeriod({ regionId: region.id, periode: options.periode });
  return { user, region, regions, periods, period };
}
