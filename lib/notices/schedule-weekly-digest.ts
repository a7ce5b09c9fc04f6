/**
 * Each KKR secretariat's weekly digest: once per ISO week (the first scheduler run of the week, usually Monday
 * morning) about its region's current period. Its sections are listed in lib/notices/digest-sections.ts.
 */
import type { DbClient } from "../db/types";
import { pickYear } from "../shares/pick-year";
import { loadCurrentPeriods } from "./notice-agreements";
import { DIGEST_SECTIONS } from "./digest-sections";
import type { MailBlock } from "./mail-layout";
import { findNoticeRecipients } from "./find-notice-recipients";
import { dedupeKeyOf, queueNotices } from "./queue-notices";
import { isoWeek } from "./reminder-buckets";
import { weeklyDigestMail } from "./templates/reminder-notices";

export async function scheduleWeeklyDigest({ db, today }: { db: DbClient; today: Date }): Promise<number> {
  const week = isoWeek(today);
  let queued = 0;
  for (const view of await loadCurrentPeriods({ db, today })) {
    const secretariat = await findNoticeRecipients({ db, kind: "WEEKLY_DIGEST", regionId: view.agreement.regionId });
    const fresh = [];
    for (const person of secretariat) {
      const key = `agreement:${view.agreement.id}:week:${week}`;
      const dedupeKey = dedupeKeyOf({ kind: "WEEKLY_DIGEST", recipient: person, key });
      if (!(await db.outboxMessage.findUnique({ where: { dedupeKey } }))) fresh.push({ person, key });
    }
    if (fresh.length === 0) continue;
    const sections: { title: string; blocks: MailBlock[] }[] = [];
    for (const section of DIGEST_SECTIONS) {
      const content = await section({ db, view, today });
      if (content) sections.push(content);
    }
    const year = pickYear(view.years, undefined, today);
    queued += await queueNotices({
      db,
      skipExisting: true,
      notices: fresh.map(({ person, key }) => ({
        kind: "WEEKLY_DIGEST" as const,
        recipient: person,
        key,
        mail: weeklyDigestMail({
          week,
          agreementName: view.agreement.name,
          periodId: view.agreement.id,
          year,
          sections,
          required: person.required,
        }),
      })),
    });
  }
  return queued;
}
