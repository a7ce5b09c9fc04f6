/**
 * Reminders to a cluster office about an evaluation not delivered (never submitted, or returned): 60, 30 and 7
 * days before its due date, and when overdue — once, then once a week until it is delivered. Idempotent: the key
 * holds the due date and the bucket (lib/notices/reminder-buckets.ts).
 */
import type { DbClient } from "../db/types";
import { danishIsoDate } from "../clock";
import { findNoticeRecipients } from "./find-notice-recipients";
import { queueNotices, type NoticeDraft } from "./queue-notices";
import { beforeBucket, daysUntil, overdueBucket } from "./reminder-buckets";
import { evaluationReminderMail } from "./templates/evaluation-notices";

export const EVALUATION_REMINDER_DAYS = [60, 30, 7] as const;

export async function scheduleEvaluationReminders({ db, today }: { db: DbClient; today: Date }): Promise<number> {
  // Every period's: an evaluation owed is owed whichever period it belongs to.
  const reports = await db.evaluationReport.findMany({
    where: { status: { in: ["NOT_SUBMITTED", "RETURNED"] } },
    include: { office: { select: { name: true, agreement: { select: { regionId: true } } } } },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
  });
  const notices: NoticeDraft[] = [];
  for (const report of reports) {
    const daysLeft = daysUntil(report.dueDate, today);
    const bucket = beforeBucket(daysLeft, EVALUATION_REMINDER_DAYS) ?? overdueBucket(daysLeft);
    if (!bucket) continue;
    const staff = await findNoticeRecipients({
      db,
      kind: "EVALUATION_REMINDER",
      regionId: report.office.agreement.regionId,
      officeId: report.officeId,
    });
    for (const person of staff) {
      notices.push({
        kind: "EVALUATION_REMINDER",
        recipient: person,
        key: `report:${report.id}:due:${danishIsoDate(report.dueDate)}:${bucket}`,
        mail: evaluationReminderMail({
          officeId: report.officeId,
          officeName: report.office.name,
          year: report.year,
          dueDate: report.dueDate,
          daysLeft,
          returned: report.status === "RETURNED",
          required: person.required,
        }),
      });
    }
  }
  return queueNotices({ db, notices, skipExisting: true });
}
