/** The one result shape every form action returns (for useActionState). Only expected errors, in Danish. */
export type ActionResult = {
  ok: boolean;
  message?: string;
  formError?: string;
  fieldErrors?: Record<string, string>;
};

export const initialActionResult: ActionResult = { ok: false };

export function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}

export function invalid(
  fieldErrors: Record<string, string>,
  formError = "Intet er gemt. Ret de markerede felter.",
): ActionResult {
  return { ok: false, fieldErrors, formError };
}

/** A whole number from form data or a bound argument, or null — never NaN into a query. */
export function wholeNumberOrNull(value: unknown): number | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

/** For tampered or stale forms (a missing or broken hidden field). */
export const STALE_FORM: ActionResult = {
  ok: false,
  formError: "Formularen er ikke gyldig. Genindlæs siden, og prøv igen.",
};
