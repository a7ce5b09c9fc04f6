import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";

export async function setDecisionDueDate(options: {
  db: Database;
  actor: { id: string };
  agreementId: string;
  dueDate: Date;
}) {
  const { db, agreementId, dueDate } = options;
  const actorId = options.actor.id;
  return db.$transaction(async (tx) => {
    const agreement = await tx.agreement.findUniqueOrThrow({ where: { id: agreementId } });
    await tx.agreement.update({
      where: { id: agreementId },
      data: { decisionDueDate: dueDate, dataVersion: { increment: 1 } },
    });
    await recordAuditEvent(tx, {
      actorId,
      action: "settings.decision_due_date",
      entityType: "Agreement",
      entityId: agreementId,
      before: { decisionDueDate: agreement.decisionDueDate },
      after: { decisionDueDate: dueDate },
    });
  });
}
