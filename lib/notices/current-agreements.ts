/** The current agreement of every region, computed: what the reminders and the digest are about. */
import type { DbClient } from "../db/types";
import { findCurrentAgreement, loadAgreement } from "../shares/load-agreement";

export async function loadCurrentAgreements({ db }: { db: DbClient }) {
  const regions = await db.region.findMany({ select: { id: true }, orderBy: { code: "asc" } });
  const views = [];
  for (const region of regions) {
    const agreement = await findCurrentAgreement({ db, regionId: region.id });
    if (agreement) views.push(await loadAgreement({ db, agreementId: agreement.id }));
  }
  return views;
}

/** The years an office's municipality has not decided for ("2021–2024", "2021, 2023"). */
export function yearsLabel(years: number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const contiguous = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
  return contiguous && sorted.length > 1 ? `${sorted[0]}–${sorted.at(-1)}` : sorted.join(", ");
}
