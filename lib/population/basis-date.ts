/**
 * Basis dates of population figures: a calendar date, stored as UTC midnight (as the seed stores 2021-01-01).
 * FOLK1A counts the population on the first day of each quarter, so its time "2025K2" means 1 April 2025.
 */

/** "2025-01-01" → that date at UTC midnight; undefined for anything else, including 2025-02-30. */
export function parseBasisDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : undefined;
}

export function formatBasisDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "2025K1" → "2025-01-01", "2025K3" → "2025-07-01"; undefined for a time that is not a quarter. */
export function basisDateOfPeriod(period: string): string | undefined {
  const match = /^(\d{4})K([1-4])$/i.exec(period.trim());
  if (!match) return undefined;
  const month = (Number(match[2]) - 1) * 3 + 1;
  return `${match[1]}-${String(month).padStart(2, "0")}-01`;
}
