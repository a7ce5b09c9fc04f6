/**
 * The secretariat approves a submitted evaluation, or returns it with a comment the office sees. Audited; the office
 * is told in the same transaction (outbox). An approval bumps the period's dataVersion: the municipality page keeps
 * the period's approved evaluations with its computed view (load-municipality-overview.ts; issue 17).
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { queueEvaluationNotices } from "../notices/queue-evaluation-notices";
import { Refusal } from "../actions/refusal";
import { canReview } from "./evaluation-status";
import { bumpAgreementVersion } from "../shares/agreement-cache";

export type ReviewEvaluationOptions = {
  db: Database;
  actor: { id: string; name: string; role: string };
  reportId: string;
  outcome: "APPROVED" | "RETURNED";
  comment?: string;
  /** The report version the reviewer saw: a newer submission in between refuses the review. */
  expectedVersion: number;
};

export async function reviewEvaluation({
  db,
  actor,
  reportId,
  outcome,
  comment,
  expectedVersion,
}: ReviewEvaluationOptions) {
  if (actor.role !== "SECRETARIAT" && actor.role !== "ADMIN")
    throw new Refusal("Kun sekretariatet kan behandle evalueringer.");
  return db.$transaction(async (tx) => {
    const report = await tx.evaluationReport.findUnique({
      where: { id: reportId },
      include: { submissions: { orderBy: { version: "desc" }, take: 1 }, office: { select: { agreementId: true } } },
    });
    if (!report) throw new Refusal("Evalueringen findes ikke.");
    const latest = report.submissions[0];
    if (!canReview(report.status) || !latest) throw new Refusal("Der er ingen afleveret version at behandle.");
    const updated = await tx.evaluationReport.updateMany({
      where: { id: report.id, status: "SUBMITTED", version: expectedVersion },
      data: { status: outcome, reviewedAt: new Date(), reviewedById: actor.id, reviewNote: comment ?? null },
    });
    if (updated.count === 0) {
      // The form refreshes the page on `newVersion`: the new version is shown, what was typed stays.
      throw new Refusal(
        "Der er netop afleveret en ny version. Siden viser den nu: læs den, før du behandler evalueringen.",
        { data: { newVersion: true } },
      );
    }
    if (outcome === "APPROVED") await bumpAgreementVersion(tx, report.office.agreementId);
    const review = await tx.evaluationReview.create({
      data: { reportId: report.id, submissionId: latest.id, outcome, comment: comment ?? null, reviewerId: actor.id },
    });
    await queueEvaluationNotices({
      db: tx,
      actor,
      report,
      step: { kind: "EVALUATION_REVIEWED", reviewId: review.id, outcome, comment: comment ?? null },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: outcome === "APPROVED" ? "evaluation.approved" : "evaluation.returned",
      entityType: "EvaluationReport",
      entityId: report.id,
      before: { status: report.status, version: report.version },
      after: { status: outcome, comment: comment ?? null, submissionId: latest.id },
    });
    return report;
  });
}
