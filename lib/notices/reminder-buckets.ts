/**
 * Reminder arithmetic on Danish calendar days, from the business clock (lib/clock.ts). A reminder belongs to a
 * bucket — "d30", "overdue-w3", "2025-W08" — and a bucket is sent once per person (the outbox's unique key), so
 * running the scheduler twice a day, or from two machines, sends nothing twice. Only the newest bucket reached is
 * sent: a scheduler that did not run for a while does not send the reminders it missed, only the current one. Pure.
 */
import { danishIsoDate } from "../clock";

const DAY = 86_400_000;

/** Whole Danish days from `today` to `due`: 0 on the due date, negative after it. */
export function daysUntil(due: Date, today: Date): number {
  return Math.round((Date.parse(danishIsoDate(due)) - Date.parse(danishIsoDate(today))) / DAY);
}

/** "d60" / "d30" / "d7": the smallest threshold at or above the days left; null before the first or after the date. */
export function beforeBucket(daysLeft: number, thresholds: readonly number[]): string | null {
  if (daysLeft < 0) return null;
  const reached = [...thresholds].sort((a, b) => a - b).find((t) => daysLeft <= t);
  return reached === undefined ? null : `d${reached}`;
}

/** After the date: "overdue-w0" the first week (the first day late), then "overdue-w1", … one per week. */
export function overdueBucket(daysLeft: number): string | null {
  if (daysLeft >= 0) return null;
  return `overdue-w${Math.floor((-daysLeft - 1) / 7)}`;
}

/** The ISO week of the Danish date, e.g. "2025-W08": the weekly digest's bucket. */
export function isoWeek(today: Date): string {
  const date = new Date(`${danishIsoDate(today)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7)); // the Thursday of the week decides the year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / DAY + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}
