/**
 * The scheduler: every reminder and digest due on the business day `today` (lib/clock.ts), queued in the outbox.
 * Idempotent — run it as often as you like, from several processes: each notice has a unique key. Run by the
 * worker (scripts/notify.ts), never by the web server.
 */
import type { DbClient } from "../db/types";
import { scheduleDecisionReminders } from "./schedule-decision-reminders";
import { scheduleEvaluationReminders } from "./schedule-evaluation-reminders";
import { scheduleWeeklyDigest } from "./schedule-weekly-digest";

export async function scheduleNotices({ db, today }: { db: DbClient; today: Date }) {
  return {
    evaluationReminders: await scheduleEvaluationReminders({ db, today }),
    decisionReminders: await scheduleDecisionReminders({ db, today }),
    weeklyDigests: await scheduleWeeklyDigest({ db, today }),
  };
}
