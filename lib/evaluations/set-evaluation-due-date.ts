/** The secretariat moves an evaluation's due date. Audited with the old and the new date. */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { Refusal } from "../actions/refusal";

export async function setEvaluationDueDate(options: {
  db: Database;
  actor: { id: string };
  reportId: string;
  dueDate: Date;
}) {
  const { db, actor, reportId, dueDate } = options;
  return db.$transaction(async (tx) => {
    const report = await tx.evaluationReport.findUnique({ where: { id: reportId } });
    if (!report) throw new Refusal("Evalueringen findes ikke.", { field: "dueDate" });
    // The same day again changes nothing, and says so (no audit event for nothing).
    if (report.dueDate.getTime() === dueDate.getTime()) return { changed: false };
    await tx.evaluationReport.update({ where: { id: reportId }, data: { dueDate } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "evaluation.due_date",
      entityType: "EvaluationReport",
      entityId: reportId,
      before: { dueDate: report.dueDate },
      after: { dueDate },
    });
    return { changed: true };
  });
}
