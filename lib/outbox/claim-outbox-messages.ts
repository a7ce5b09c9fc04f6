/**
 * A worker's claim on the next messages due (docs/decisions/0013-notices-and-outbox.md). One conditional UPDATE —
 *
 *   UPDATE "OutboxMessage" SET status = 'CLAIMED', "claimToken" = $token, "leaseUntil" = $now + lease
 *   WHERE id IN (…candidates…) AND ((status = 'PENDING' AND "nextAttemptAt" <= $now)
 *                                   OR (status = 'CLAIMED' AND "leaseUntil" < $now))
 *
 * — then the rows carrying this claim's token are this worker's alone. The condition is repeated in the UPDATE
 * itself, so two workers that picked the same candidates cannot both win: SQLite runs one writer at a time, and
 * PostgreSQL re-checks the WHERE clause on the row a concurrent UPDATE committed (READ COMMITTED), where the lease
 * is no longer expired. Proven on both in lib/outbox/deliver-outbox.db.test.ts (two worker processes).
 *
 * A claim whose worker died before trying (CLAIMED, lease expired) is claimed again. A delivery that was under way
 * when its lease ran out (SENDING) is NOT tried again by itself — the mail may have gone out — but becomes FAILED
 * for an administrator to look at: at most once.
 */
import { randomUUID } from "node:crypto";
import type { DbClient } from "../db/types";

export const INTERRUPTED =
  "Afsendelsen blev afbrudt, mens mailen blev afleveret til mailserveren. Det vides ikke, om den nåede frem. " +
  "Send den igen, hvis modtageren ikke har fået den.";

export type ClaimOutboxMessagesOptions = {
  db: DbClient;
  now?: Date;
  take?: number;
  /** How long the claim holds before another worker may take the messages over. */
  leaseMs?: number;
};

export async function claimOutboxMessages({
  db,
  now = new Date(),
  take = 10,
  leaseMs = 10 * 60_000,
}: ClaimOutboxMessagesOptions) {
  await db.outboxMessage.updateMany({
    where: { status: "SENDING", leaseUntil: { lt: now } },
    data: { status: "FAILED", lastError: INTERRUPTED, claimToken: null, leaseUntil: null },
  });
  const claimable = {
    OR: [
      { status: "PENDING", nextAttemptAt: { lte: now } },
      { status: "CLAIMED", leaseUntil: { lt: now } },
    ],
  };
  const candidates = await db.outboxMessage.findMany({
    where: claimable,
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true },
  });
  if (candidates.length === 0) return { token: null, messages: [] };
  const token = randomUUID();
  await db.outboxMessage.updateMany({
    where: { id: { in: candidates.map((c) => c.id) }, ...claimable },
    data: { status: "CLAIMED", claimToken: token, leaseUntil: new Date(now.getTime() + leaseMs) },
  });
  const messages = await db.outboxMessage.findMany({
    where: { claimToken: token, status: "CLAIMED" },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
  });
  return { token, messages };
}
