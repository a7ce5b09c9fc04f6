/** The agreements (periods) the reminders and the digest are about, computed through the engine. */
import type { DbClient } from "../db/types";
import { loadAgreement } from "../shares/load-agreement";
import { pickPeriod } from "../periods/pick-period";

/** Every period of every region: a deadline or an owed evaluation counts whichever period it belongs to. */
export async function loadAllAgreements({ db }: { db: DbClient }) {
  const agreements = await db.agreement.findMany({
    select: { id: true },
    orderBy: [{ regionId: "asc" }, { firstYear: "asc" }],
  });
  const views = [];
  for (const agreement of agreements) views.push(await loadAgreement({ db, agreementId: agreement.id }));
  return views;
}

/** Each region's current period (the one containing the business year, else the newest), as the pages pick it. */
export async function loadCurrentPeriods({ db, today }: { db: DbClient; today: Date }) {
  const agreements = await db.agreement.findMany({
    select: { id: true, name: true, firstYear: true, lastYear: true, regionId: true },
    orderBy: [{ regionId: "asc" }, { firstYear: "asc" }],
  });
  const views = [];
  for (const regionId of [...new Set(agreements.map((a) => a.regionId))]) {
    const { period } = pickPeriod(
      agreements.filter((a) => a.regionId === regionId),
      undefined,
      today,
    );
    if (period) views.push(await loadAgreement({ db, agreementId: period.id }));
  }
  return views;
}

/** The years a municipality has not decided for ("2021–2024", "2021, 2023"). */
export function yearsLabel(years: number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const contiguous = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
  return contiguous && sorted.length > 1 ? `${sorted[0]}–${sorted.at(-1)}` : sorted.join(", ");
}
