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

/** A period of a region as every page of it reads it, with the `dataVersion` its computed view is kept under. */
export type RegionPeriod = PeriodSummary & { dataVersion: number };

/** The columns of a period as the raw queries here read them (null: a region without periods, LEFT JOIN). */
export type PeriodRow = {
  periodId: string | null;
  periodName: string | null;
  firstYear: number | bigint | null;
  lastYear: number | bigint | null;
  dataVersion: number | bigint | null;
};

/**
 * The periods of rows read with these columns (`a."id" AS "periodId", a."name" AS "periodName", a."firstYear",
 * a."lastYear", a."dataVersion"`), in the query's order: by first year, then id (so the order is total).
 */
export function periodsFromRows(rows: PeriodRow[]): RegionPeriod[] {
  return rows
    .filter((row) => row.periodId !== null)
    .map((row) => ({
      id: row.periodId!,
      name: row.periodName!,
      firstYear: Number(row.firstYear),
      lastYear: Number(row.lastYear),
      dataVersion: Number(row.dataVersion),
    }));
}

/**
 * Every page of a period asks for this list: one raw, indexed query (~0.2 ms) rather than a Prisma query through
 * the TypeScript query compiler (~1–2 ms of CPU; docs/decisions/0008-performance.md, 0019-speed-at-the-floor.md).
 * The scope and the list come in one query where they can (a secretariat's region, a municipality: 0019).
 */
async function periodsOf(regionId: string): Promise<RegionPeriod[]> {
  return periodsFromRows(
    await db.$queryRaw<
      PeriodRow[]
    >`SELECT a."id" AS "periodId", a."name" AS "periodName", a."firstYear", a."lastYear", a."dataVersion"
      FROM "Agreement" a WHERE a."regionId" = ${regionId} ORDER BY a."firstYear" ASC, a."id" ASC`,
  );
}

/** The period of a page among its region's periods: the one asked for, or the default; 404 for any other id. */
export function periodOf<P extends PeriodSummary>(periods: P[], periode?: string | string[]) {
  const requested = Array.isArray(periode) ? periode[0] : periode;
  const { period, unknown } = pickPeriod(periods, requested || undefined, now());
  if (unknown) notFound();
  return period;
}

/** The regions a user may look at as a secretariat: its own, or (an administrator) every region. */
export async function regionsOf(user: SessionUser): Promise<RegionSummary[]> {
  if (user.role === "ADMIN") return allRegions();
  return (await ownRegion(user)).regions;
}

const allRegions = () =>
  db.region.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true, kkrName: true } });

/** A secretariat's own region (none, or one) and its periods, on every secretariat page: one raw, indexed query. */
async function ownRegion(user: SessionUser): Promise<{ regions: RegionSummary[]; periods: RegionPeriod[] }> {
  if (!user.regionId) return { regions: [], periods: [] };
  const rows = await db.$queryRaw<(RegionSummary & PeriodRow)[]>`
    SELECT r."id", r."code", r."name", r."kkrName",
      a."id" AS "periodId", a."name" AS "periodName", a."firstYear", a."lastYear", a."dataVersion"
    FROM "Region" r LEFT JOIN "Agreement" a ON a."regionId" = r."id" WHERE r."id" = ${user.regionId}
    ORDER BY a."firstYear" ASC, a."id" ASC`;
  const [row] = rows;
  return {
    regions: row ? [{ id: row.id, code: row.code, name: row.name, kkrName: row.kkrName }] : [],
    periods: periodsFromRows(rows),
  };
}

/** The region a secretariat page is about: the one asked for (`?kkr=`), else an administrator's first with periods. */
async function regionOf(user: SessionUser, regions: RegionSummary[], kkr?: string | string[]) {
  const asked = Array.isArray(kkr) ? kkr[0] : kkr;
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
  return region;
}

/** For the secretariat's pages: the user (with the permission) and the region it works in. */
export async function requireRegion(options: { permission: Permission; kkr?: string | string[] }) {
  const user = await requirePermission(options.permission);
  const regions = await regionsOf(user);
  return { user, region: await regionOf(user, regions, options.kkr), regions };
}

/** For the secretariat's pages: the user (with the permission), its region and the period of the page. */
export async function requireRegionPeriod(options: {
  permission: Permission;
  periode?: string | string[];
  kkr?: string | string[];
}) {
  const user = await requirePermission(options.permission);
  // A secretariat's region and its periods in one query; an administrator's region is picked first.
  const own = user.role === "ADMIN" ? null : await ownRegion(user);
  const regions = own ? own.regions : await allRegions();
  const region = await regionOf(user, regions, options.kkr);
  const periods = own ? own.periods : await periodsOf(region.id);
  return { user, region, regions, periods, period: periodOf(periods, options.periode) };
}
