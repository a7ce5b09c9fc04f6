/** The secretariat approves a submitted evaluation, or returns it with a comment the office sees. Audited. */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { canReview } from "./evaluation-status";
import { EvaluationRejectedError } from "./submit-evaluation";

export async function reviewEvaluation(
  db: Database,
  actor: { id: string; role: string },
  o: { reportId: string; outcome: "APPROVED" | "RETURNED"; comment?: string; expectedVersion: number },
) {
  if (actor.role !== "SECRETARIAT" && actor.role !== "ADMIN")
    throw new EvaluationRejectedError("form", "Kun sekretariatet kan behandle evalueringer.");
  return db.$transaction(async (tx) => {
    const report = await tx.evaluationReport.findUnique({
      where: { id: o.reportId },
      include: { submissions: { orderBy: { version: "desc" }, take: 1 } },
    });
    if (!report) throw new EvaluationRejectedError("form", "Evalueringen findes ikke.");
    const latest = report.submissions[0];
    if (!canReview(report.status) || !latest)
      throw new EvaluationRejectedError("form", "Der er ingen afleveret version at behandle.");
    const updated = await tx.evaluationReport.updateMany({
      where: { id: report.id, status: "SUBMITTED", version: o.expectedVersion },
      data: { status: o.outcome, reviewedAt: new Date(), reviewedById: actor.id, reviewNote: o.comment ?? null },
    });
    if (updated.count === 0)
      throw new EvaluationRejectedError(
        "form",
        "Der er netop afleveret en ny version. Læs den, før du behandler evalueringen.",
      );
    await tx.evaluationReview.create({
      data: {
        reportId: report.id,
        submissionId: latest.id,
        outcome: o.outcome,
        comment: o.comment ?? null,
        reviewerId: actor.id,
      },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: o.outcome === "APPROVED" ? "evaluation.approved" : "evaluation.returned",
      entityType: "EvaluationReport",
      entityId: report.id,
      before: { status: report.status, version: report.version },
      after: { status: o.outcome, comment: o.comment ?? null, submissionId: latest.id },
    });
  });
}

export async function setEvaluationDueDate(db: Database, actor: { id: string }, reportId: string, dueDate: Date) {
  return db.$transaction(async (tx) => {
    const report = await tx.evaluationReport.findUnique({ where: { id: reportId } });
    if (!report) throw new EvaluationRejectedError("dueDate", "Evalueringen findes ikke.");
    await tx.evaluationReport.update({ where: { id: reportId }, data: { dueDate } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "evaluation.due_date",
      entityType: "EvaluationReport",
      entityId: reportId,
      before: { dueDate: report.dueDate },
      after: { dueDate },
    });
  });
}
