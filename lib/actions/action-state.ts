/**
 * What every server action answers (for useActionState), and the one form component consumes
 * (components/action-form.tsx). Three outcomes besides "idle" (docs/decisions/0009-one-way.md):
 * - done: the action did what was asked (a save, or a preview that stores nothing);
 * - refused: a rule or validation the user can act on — a Danish message, field errors, nothing stored;
 * - failed: anything unexpected — logged with `errorId`, shown as a calm Danish message naming that id.
 * Client-safe: no server imports here.
 */
export type ActionOutcome = "idle" | "done" | "refused" | "failed";

export type ActionState<Data = unknown> = {
  outcome: ActionOutcome;
  /** done: the confirmation; refused / failed: the form-level message. */
  message?: string;
  fieldErrors?: Record<string, string>;
  /** failed only: the id of the log line, for the user to quote. */
  errorId?: string;
  /** Whatever the form needs beyond a message (a preview, the decision that won a conflict …). */
  data?: Data;
};

export const IDLE: ActionState<never> = { outcome: "idle" };

export const INVALID_FORM = "Intet er gemt. Ret de markerede felter.";

/** The form-level message of a refusal by the schema: fixed, or chosen from the field errors. */
export type InvalidMessage = string | ((fieldErrors: Record<string, string>) => string);

export function invalidMessageOf(message: InvalidMessage | undefined, fieldErrors: Record<string, string>): string {
  return typeof message === "function" ? message(fieldErrors) : (message ?? INVALID_FORM);
}

/**
 * The first message per field: the field is the first path element ("form" for whole-object rules), except in a
 * repeated group of fields (`office.0.name`), where it is the dotted path — the input's own name.
 */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const errors: Record<string, string> = {};
  for (const { path, message } of issues) {
    const inGroup = path.length >= 3 && typeof path[1] === "number";
    errors[inGroup ? path.map(String).join(".") : String(path[0] ?? "form")] ??= message;
  }
  return errors;
}
