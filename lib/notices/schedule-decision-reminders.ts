/**
 * Reminders to the contacts of municipalities that have not decided on an office (no decision in force for a year
 * of the period): 30 and 7 days before the office's decision deadline (lib/notices/decision-deadline.ts), and once
 * after it. One mail per person
 * and deadline, listing the offices. Idempotent: the key holds the deadline and the bucket (moving the deadline
 * starts the reminders again).
 */
import type { DbClient } from "../db/types";
import { danishIsoDate } from "../clock";
import { decisionDeadline } from "./decision-deadline";
import { loadAllAgreements, yearsLabel } from "./notice-agreements";
import { findNoticeRecipients } from "./find-notice-recipients";
import { queueNotices, type NoticeDraft } from "./queue-notices";
import { beforeBucket, daysUntil } from "./reminder-buckets";
import { decisionReminderMail } from "./templates/reminder-notices";

export const DECISION_REMINDER_DAYS = [30, 7] as const;

export async function scheduleDecisionReminders({ db, today }: { db: DbClient; today: Date }): Promise<number> {
  const notices: NoticeDraft[] = [];
  for (const view of await loadAllAgreements({ db })) {
    // municipality code → deadline → { bucket, daysLeft, offices }
    const due = new Map<
      string,
      Map<string, { bucket: string; daysLeft: number; deadline: Date; offices: { name: string; years: string }[] }>
    >();
    for (const office of view.offices) {
      const deadline = decisionDeadline({ agreement: view.agreement, office });
      if (!deadline) continue;
      const daysLeft = daysUntil(deadline, today);
      const bucket = beforeBucket(daysLeft, DECISION_REMINDER_DAYS) ?? (daysLeft < 0 ? "after" : null);
      if (!bucket) continue;
      const pendingYears = new Map<string, number[]>();
      for (const entry of view.allocations.filter((a) => a.officeId === office.id)) {
        for (const state of entry.states.filter((s) => s.state === "PENDING"))
          pendingYears.set(state.code, [...(pendingYears.get(state.code) ?? []), entry.year]);
      }
      for (const [code, years] of pendingYears) {
        const byDeadline = due.get(code) ?? new Map();
        const key = `${danishIsoDate(deadline)}:${bucket}`;
        const group = byDeadline.get(key) ?? { bucket, daysLeft, deadline, offices: [] };
        group.offices.push({ name: office.name, years: yearsLabel(years) });
        byDeadline.set(key, group);
        due.set(code, byDeadline);
      }
    }
    const municipalities = view.municipalities.filter((m) => due.has(m.code));
    const contacts = await findNoticeRecipients({
      db,
      kind: "DECISION_REMINDER",
      regionId: view.agreement.regionId,
      municipalityIds: municipalities.map((m) => m.id),
    });
    for (const contact of contacts) {
      const municipality = municipalities.find((m) => m.id === contact.municipalityId)!;
      for (const [key, group] of due.get(municipality.code)!) {
        notices.push({
          kind: "DECISION_REMINDER",
          recipient: contact,
          key: `agreement:${view.agreement.id}:deadline:${key}`,
          mail: decisionReminderMail({
            municipality,
            ...group,
            periodId: view.agreement.id,
            required: contact.required,
          }),
        });
      }
    }
  }
  return queueNotices({ db, notices, skipExisting: true });
}
