/**
 * When a failed delivery is tried again: exponential backoff from 1 minute, doubling, at most 6 hours apart; after
 * MAX_ATTEMPTS attempts (about a day) the message is FAILED and waits for an administrator ("Send igen"). Pure.
 */
export const MAX_ATTEMPTS = 12;
const FIRST_DELAY_MS = 60_000;
const LONGEST_DELAY_MS = 6 * 60 * 60_000;

/** The wait after the `attempts`-th failed attempt (1, 2, …). */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_DELAY_MS);
}
