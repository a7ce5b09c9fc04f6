/**
 * "Today" for business rules: deadlines, overdue evaluations, "the meeting date is not in the future" — and THE
 * way to ask which day or year it is in Denmark (the server's own time zone is UTC: 31 December 23:30 in Denmark
 * is still the 31st there, but the new year here). Record timestamps (recordedAt, createdAt) use the real time.
 *
 * KLYNGEPORTALEN_CLOCK (an ISO date-time) makes the clock START at that instant when the server starts and run
 * on from there — so e2e tests can stand after a deadline without waiting (docs/decisions/0006-evaluations.md).
 * Test use only; never set it in production.
 */
const processStart = Date.now();

export function now(): Date {
  const start = process.env.KLYNGEPORTALEN_CLOCK ? Date.parse(process.env.KLYNGEPORTALEN_CLOCK) : NaN;
  return Number.isNaN(start) ? new Date() : new Date(start + (Date.now() - processStart));
}

/** "YYYY-MM-DD" of a date in Danish time. */
export function danishIsoDate(date: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(date);
}

/** The year of a date in Danish time (default: the business clock's today). */
export function danishYear(date: Date = now()): number {
  return Number(danishIsoDate(date).slice(0, 4));
}
