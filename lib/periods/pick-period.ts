/**
 * Which period (agreement) a page is about (issue 12): the one asked for in the URL (`?periode=<id>`), else the
 * period containing the current year (the business clock), else the newest. Pure: the periods come from the
 * caller, already scoped to one region.
 */
import { danishYear } from "../clock";

export type PeriodSummary = { id: string; name: string; firstYear: number; lastYear: number };

export function pickPeriod<P extends PeriodSummary>(periods: readonly P[], requested: string | undefined, today: Date) {
  if (requested) {
    const asked = periods.find((period) => period.id === requested);
    return asked ? { period: asked, unknown: false } : { period: null, unknown: true };
  }
  const year = danishYear(today);
  const current = periods.find((period) => period.firstYear <= year && year <= period.lastYear);
  const newest = [...periods].sort((a, b) => b.firstYear - a.firstYear)[0];
  return { period: current ?? newest ?? null, unknown: false };
}
