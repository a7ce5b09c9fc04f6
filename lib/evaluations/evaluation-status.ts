/**
 * Evaluation statuses (issue 6): Ikke afleveret → Afleveret → Godkendt, or → Retur med bemærkninger →
 * Afleveret igen …; Forsinket is derived: past the due date and not delivered (never submitted, or returned and
 * not yet resubmitted). Pure, so the rules are tested without a database.
 */
import { danishIsoDate } from "../decisions/decision-schema";

export type StoredEvaluationStatus = "NOT_SUBMITTED" | "SUBMITTED" | "RETURNED" | "APPROVED";
export type EvaluationDisplayStatus = StoredEvaluationStatus | "OVERDUE";

export const EVALUATION_STATUS_LABELS: Record<EvaluationDisplayStatus, string> = {
  NOT_SUBMITTED: "Ikke afleveret",
  SUBMITTED: "Afleveret",
  RETURNED: "Retur med bemærkninger",
  APPROVED: "Godkendt",
  OVERDUE: "Forsinket",
};

/** Overdue from the day after the due date (Danish time). */
export function isOverdue(report: { status: StoredEvaluationStatus; dueDate: Date }, today: Date): boolean {
  return (
    (report.status === "NOT_SUBMITTED" || report.status === "RETURNED") &&
    danishIsoDate(today) > danishIsoDate(report.dueDate)
  );
}

export function displayStatus(
  report: { status: StoredEvaluationStatus; dueDate: Date },
  today: Date,
): EvaluationDisplayStatus {
  return isOverdue(report, today) ? "OVERDUE" : report.status;
}

/** An office may hand in (again) until the evaluation is approved. */
export const canSubmit = (status: StoredEvaluationStatus) => status !== "APPROVED";
/** Only a delivered version can be approved or returned. */
export const canReview = (status: StoredEvaluationStatus) => status === "SUBMITTED";
