/**
 * Prisma's shape of a unique-constraint violation (P2002), on SQLite and PostgreSQL alike through the driver
 * adapters. Used by the notice writer and by recordDecisions; pinned by lib/notices/schedule-notices.db.test.ts
 * (schedulers racing for the same notice, on both databases).
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
