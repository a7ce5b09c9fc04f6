/** The region's municipalities with their CVR and EAN numbers, for the billing-data form (issue 11). */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";

export async function loadBillingData({ regionId, db = appDb }: { regionId: string; db?: DbClient }) {
  const municipalities = await db.municipality.findMany({
    where: { regionId },
    orderBy: { name: "asc" },
    select: { id: true, code: true, name: true, cvr: true, ean: true, updatedAt: true },
  });
  return municipalities.map((m) => ({ ...m, stamp: m.updatedAt.toISOString() }));
}
