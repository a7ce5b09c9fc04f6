/**
 * THE one place that says when the councils' decisions on an office are due (the reminders and the weekly digest
 * read it here): the office's own deadline (issue 12), else the agreement's — the follow-up page's rule.
 */
export function decisionDeadline({
  agreement,
  office,
}: {
  agreement: { decisionDueDate: Date | null };
  office: { decisionDueDate?: Date | null };
}): Date | null {
  return office.decisionDueDate ?? agreement.decisionDueDate;
}
