/**
 * The decision deadlines of a period, saved together: the period's own, and each office's own where it has one
 * (null: the period's applies; lib/notices/decision-deadline.ts). Offices not named keep theirs. One audit event
 * with what changed.
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { Refusal } from "../actions/refusal";

export async function setDecisionDueDate(options: {
  db: Database;
  actor: { id: string };
  agreementId: string;
  /** null: the period has no deadline of its own. */
  dueDate: Date | null;
  offices?: { id: string; dueDate: Date | null }[];
}) {
  const { db, agreementId, dueDate, offices = [] } = options;
  const actorId = options.actor.id;
  return db.$transaction(async (tx) => {
    const agreement = await tx.agreement.findUniqueOrThrow({
      where: { id: agreementId },
      select: { decisionDueDate: true, offices: { select: { id: true, name: true, decisionDueDate: true } } },
    });
    const before: Record<string, Date | null> = {};
    const after: Record<string, Date | null> = {};
    for (const { id, dueDate: officeDue } of offices) {
      const office = agreement.offices.find((o) => o.id === id);
      if (!office) throw new Refusal("Kontoret findes ikke i perioden.");
      if (sameDay(office.decisionDueDate, officeDue)) continue;
      await tx.clusterOffice.update({ where: { id }, data: { decisionDueDate: officeDue } });
      before[office.name] = office.decisionDueDate;
      after[office.name] = officeDue;
    }
    await tx.agreement.update({
      where: { id: agreementId },
      data: { decisionDueDate: dueDate, dataVersion: { increment: 1 } },
    });
    const changedOffices = Object.keys(after).length > 0;
    await recordAuditEvent(tx, {
      actorId,
      action: "settings.decision_due_date",
      entityType: "Agreement",
      entityId: agreementId,
      before: { decisionDueDate: agreement.decisionDueDate, ...(changedOffices && { offices: before }) },
      after: { decisionDueDate: dueDate, ...(changedOffices && { offices: after }) },
    });
  });
}

function sameDay(a: Date | null, b: Date | null) {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}
