/** Prisma's "unique constraint failed" (P2002), the same on SQLite and PostgreSQL through the driver adapters. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}
