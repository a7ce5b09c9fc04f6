/**
 * The notices of an evaluation's step, in its transaction: EVALUATION_SUBMITTED to the secretariat when an office
 * hands in (lib/evaluations/submit-evaluation.ts), EVALUATION_REVIEWED to the office when the secretariat returns
 * or approves it (lib/evaluations/review-evaluation.ts).
 */
import type { DbClient } from "../db/types";
import { findNoticeRecipients } from "./find-notice-recipients";
import { queueNotices } from "./queue-notices";
import { evaluationReviewedMail, evaluationSubmittedMail } from "./templates/evaluation-notices";

type Step =
  | { kind: "EVALUATION_SUBMITTED"; submissionId: string; version: number }
  | { kind: "EVALUATION_REVIEWED"; reviewId: string; outcome: "APPROVED" | "RETURNED"; comment: string | null };

export type QueueEvaluationNoticesOptions = {
  db: DbClient;
  actor: { id: string; name: string };
  report: { officeId: string; year: number };
  step: Step;
};

export async function queueEvaluationNotices({ db, actor, report, step }: QueueEvaluationNoticesOptions) {
  const office = await db.clusterOffice.findUniqueOrThrow({
    where: { id: report.officeId },
    select: { name: true, agreement: { select: { regionId: true } } },
  });
  const { regionId } = office.agreement;
  const evaluation = { officeId: report.officeId, officeName: office.name, year: report.year };
  if (step.kind === "EVALUATION_SUBMITTED") {
    const secretariat = await findNoticeRecipients({ db, kind: step.kind, regionId, exceptUserId: actor.id });
    await queueNotices({
      db,
      notices: secretariat.map((person) => ({
        kind: step.kind,
        recipient: person,
        key: `submission:${step.submissionId}`,
        mail: evaluationSubmittedMail({
          ...evaluation,
          version: step.version,
          submittedBy: actor.name,
          required: person.required,
        }),
      })),
    });
    return;
  }
  const staff = await findNoticeRecipients({
    db,
    kind: step.kind,
    regionId,
    officeId: report.officeId,
    exceptUserId: actor.id,
  });
  await queueNotices({
    db,
    notices: staff.map((person) => ({
      kind: step.kind,
      recipient: person,
      key: `review:${step.reviewId}`,
      mail: evaluationReviewedMail({
        ...evaluation,
        outcome: step.outcome,
        comment: step.comment,
        required: person.required,
      }),
    })),
  });
}
