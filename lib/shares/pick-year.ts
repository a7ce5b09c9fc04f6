import { notFound } from "next/navigation";
import { danishYear, now } from "../clock";

/**
 * The year a page shows (`?aar=`): the requested one if it is in the period; none asked → the current year of the
 * business clock, or — for a period that is over or not begun — its year nearest to today (the last, or the first), so
 * a page opens on today's situation rather than on the oldest year (issue 16). A year that was asked for but is not
 * one of the period's ("abc", "2021.5", "2030") is a 404 like any malformed URL — never silently another year
 * (issue 14, finding 7).
 */
export function pickYear(years: number[], requested: string | undefined, today = now()): number {
  if (requested !== undefined && requested.trim() !== "") {
    const wanted = /^\d{4}$/.test(requested.trim()) ? Number(requested) : NaN;
    if (!years.includes(wanted)) notFound();
    return wanted;
  }
  const current = danishYear(today);
  const first = years[0]!;
  const last = years.at(-1)!;
  return Math.min(last, Math.max(first, current));
}
