/**
 * "Vis flere" for long lists, without JavaScript: the URL says how many rows to show (`?vis=200`), the loader
 * reads one row more than that to know whether there are more, and the page links to the next step.
 */
export const PAGE_STEP = 100;
const MAX_ROWS = 10_000;

/** The number of rows the URL asks for: a whole multiple of the step, at least one step, bounded. */
export function rowsToShow(requested: string | string[] | undefined, step = PAGE_STEP): number {
  const value = Number(Array.isArray(requested) ? requested[0] : requested);
  if (!Number.isInteger(value) || value < step) return step;
  return Math.min(Math.ceil(value / step) * step, MAX_ROWS);
}

/** The first `take` rows, and whether the loader found more (it asked for take + 1). */
export function cut<T>(rows: T[], take: number): { rows: T[]; hasMore: boolean } {
  return { rows: rows.slice(0, take), hasMore: rows.length > take };
}
