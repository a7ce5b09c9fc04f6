/**
 * THE one place that says when the councils' decisions on an office are due. Today every office of an agreement
 * shares `Agreement.decisionDueDate`; a later issue gives each office its own deadline — change only this function
 * (the reminders and the weekly digest read the deadline through it).
 */
export function decisionDeadline({
  agreement,
}: {
  agreement: { decisionDueDate: Date | null };
  office: { id: string };
}): Date | null {
  return agreement.decisionDueDate;
}
