/**
 * "Today" for business rules: deadlines, overdue evaluations, "the meeting date is not in the future".
 * Record timestamps (recordedAt, createdAt) always use the real time.
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
