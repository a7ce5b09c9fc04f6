import { now } from "../clock";

/**
 * The year a page shows (issue 16): the requested one if it is in the period; else the current year of the business
 * clock, or — for a period that is over or not begun — its year nearest to today (the last, or the first), so a page
 * opens on today's situation rather than on the oldest year.
 */
export function pickYear(years: number[], requested: string | undefined, today = now()): number {
  const wanted = Number(requested);
  if (years.includes(wanted)) return wanted;
  const current = today.getFullYear();
  const first = years[0]!;
  const last = years.at(-1)!;
  return Math.min(last, Math.max(first, current));
}
