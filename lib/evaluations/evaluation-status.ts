/**
 * Evaluation statuses (issue 6): Ikke afleveret → Afleveret → Godkendt, or → Returneret → Afleveret igen …;
 * Forsinket is derived: past the due date and never submitted. A returned evaluation past its due date is late too
 * (isOverdue: the reminders keep coming), but it shows as Returneret — the office must see that the secretariat
 * answered and what to fix, not that it forgot (issue 13). Pure, so the rules are tested without a database.
 */
import { danishIsoDate, danishYear } from "../clock";

export type StoredEvaluationStatus = "NOT_SUBMITTED" | "SUBMITTED" | "RETURNED" | "APPROVED";
export type EvaluationDisplayStatus = StoredEvaluationStatus | "OVERDUE";

export const EVALUATION_STATUS_LABELS: Record<EvaluationDisplayStatus, string> = {
  NOT_SUBMITTED: "Ikke afleveret",
  SUBMITTED: "Afleveret",
  RETURNED: "Returneret",
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
  return report.status === "NOT_SUBMITTED" && isOverdue(report, today) ? "OVERDUE" : report.status;
}

/**
 * An evaluation tells what a year achieved: it can be handed in once its year has begun (an early report in December
 * is fine; 2028's in 2026 is not). Danish time.
 */
export function isOpenForSubmission(year: number, today: Date): boolean {
  return year <= danishYear(today);
}

export const notYetOpenMessage = (year: number) =>
  `Evalueringen for ${year} kan afleveres fra 1. januar ${year}, når året er begyndt: den fortæller, hvad året har givet.`;

/** An office may hand in (again) until the evaluation is approved. */
export const canSubmit = (status: StoredEvaluationStatus) => status !== "APPROVED";
/** Only a delivered version can be approved or returned. */
export const canReview = (status: StoredEvaluationStatus) => status === "SUBMITTED";
