/**
 * What the "new period" action works on: the secretariat's region (an administrator's choice), its municipalities
 * (the candidates for lead), and the period the new one is made from, if any — one of the region's, else a 404.
 */
import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { requireRegion } from "./require-period";

export async function requirePeriodSource(options: { kkr: string; sourceId: string }) {
  const { user, region } = await requireRegion({ permission: "periods.manage", kkr: options.kkr });
  const source = options.sourceId
    ? await db.agreement.findFirst({ where: { id: options.sourceId, regionId: region.id } })
    : null;
  if (options.sourceId && !source) notFound();
  const municipalities = await db.municipality.findMany({
    where: { regionId: region.id },
    select: { id: true, name: true },
  });
  return { user, region, source, municipalities };
}
