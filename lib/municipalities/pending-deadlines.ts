/**
 * The offices a municipality has not decided on, with the deadline the reminders follow (lib/notices/
 * decision-deadline.ts): in the period a page shows, and in the region's other periods — an office of 2021–2024 still
 * undecided is reminded about while the page shows 2025–2028, so the page names it too, with its period. The views
 * are the cached ones of each period's dataVersion (read with the periods by the page), so this reads nothing more.
 */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { decisionDeadline } from "../notices/decision-deadline";
import { loadAgreementCached } from "../shares/agreement-cache";

export async function loadPendingDeadlines({
  code,
  periods,
  currentId,
  db = appDb,
}: {
  code: string;
  periods: { id: string; dataVersion: number }[];
  currentId: string;
  db?: DbClient;
}): Promise<{ name: string; deadline: Date | null }[]> {
  const result: { name: string; deadline: Date | null }[] = [];
  for (const period of periods) {
    const view = await loadAgreementCached({ db, agreementId: period.id, version: period.dataVersion });
    if (!view) continue;
    const other = period.id !== currentId;
    for (const office of view.offices) {
      const deadline = decisionDeadline({ agreement: view.agreement, office });
      // Another period's office without a deadline is not reminded about: nothing to say on this page.
      if (other && !deadline) continue;
      const pending = view.years.some((year) =>
        view.allocationFor(office.id, year).states.some((s) => s.code === code && s.state === "PENDING"),
      );
      if (pending) result.push({ name: other ? `${office.name} (${view.agreement.name})` : office.name, deadline });
    }
  }
  return result;
}
