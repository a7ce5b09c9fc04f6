/**
 * "Udgående post" (the administrator's page): how many messages wait, were sent or failed; every message that
 * needs attention (FAILED, or retrying after an error) with the SMTP server's answer; and the newest messages.
 */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { cut } from "../pagination";

const select = {
  id: true,
  kind: true,
  toAddress: true,
  subject: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastError: true,
  lastAttemptAt: true,
  sentAt: true,
  createdAt: true,
} as const;

export async function loadOutbox({ db = appDb, take }: { db?: DbClient; take: number }) {
  const [counts, attention, latest] = await Promise.all([
    db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
    db.outboxMessage.findMany({
      where: { OR: [{ status: "FAILED" }, { status: "PENDING", lastError: { not: null } }] },
      orderBy: [{ status: "asc" }, { lastAttemptAt: "desc" }, { id: "asc" }],
      take: take + 1,
      select,
    }),
    db.outboxMessage.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: take + 1, select }),
  ]);
  return {
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Record<string, number>,
    attention: cut(attention, take),
    latest: cut(latest, take),
  };
}

export type OutboxRow = Awaited<ReturnType<typeof loadOutbox>>["latest"]["rows"][number];
