import { now } from "../clock";

/** The year a page shows: the requested one if it is in the agreement, else the current year if it is, else the first. */
export function pickYear(years: number[], requested: string | undefined, today = now()): number {
  const wanted = Number(requested);
  if (years.includes(wanted)) return wanted;
  const current = today.getFullYear();
  return years.includes(current) ? current : years[0]!;
}
