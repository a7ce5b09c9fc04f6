/**
 * "Send igen": an administrator puts a failed (or still retrying) message back in the queue, due now, with a fresh
 * count of attempts. Refused for a message that was sent, or is being sent right now; refused when the message
 * changed since the page was read (another attempt in between). Audited.
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { Refusal } from "../actions/refusal";

export type RetryOutboxMessageOptions = {
  db: Database;
  actor: { id: string };
  messageId: string;
  /** The number of attempts the administrator saw. */
  seenAttempts: number;
  now?: Date;
};

export async function retryOutboxMessage({
  db,
  actor,
  messageId,
  seenAttempts,
  now = new Date(),
}: RetryOutboxMessageOptions) {
  return db.$transaction(async (tx) => {
    const message = await tx.outboxMessage.findUnique({ where: { id: messageId } });
    if (!message) throw new Refusal("Beskeden findes ikke.");
    if (message.status === "SENT") throw new Refusal("Beskeden er allerede sendt.");
    if (message.status === "CLAIMED" || message.status === "SENDING")
      throw new Refusal("Beskeden er ved at blive sendt lige nu. Genindlæs siden om lidt.");
    const updated = await tx.outboxMessage.updateMany({
      where: { id: messageId, status: message.status, attempts: seenAttempts },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now, claimToken: null, leaseUntil: null },
    });
    if (updated.count === 0)
      throw new Refusal("Beskeden er ændret, siden du åbnede siden. Genindlæs siden, og prøv igen.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "outbox.retried",
      entityType: "OutboxMessage",
      entityId: messageId,
      before: { status: message.status, attempts: message.attempts, lastError: message.lastError },
      after: { status: "PENDING", attempts: 0 },
    });
  });
}
