import { notFound } from "next/navigation";
import { now } from "../clock";

/**
 * The year a page shows (`?aar=`): none asked → the current year if it is in the agreement, else the first. A year
 * that was asked for but is not one of the agreement's ("abc", "2021.5", "2030") is a 404 like any malformed URL —
 * never silently another year (issue 14, finding 7).
 */
export function pickYear(years: number[], requested: string | undefined, today = now()): number {
  if (requested !== undefined && requested.trim() !== "") {
    const wanted = /^\d{4}$/.test(requested.trim()) ? Number(requested) : NaN;
    if (!years.includes(wanted)) notFound();
    return wanted;
  }
  const current = today.getFullYear();
  return years.includes(current) ? current : years[0]!;
}
