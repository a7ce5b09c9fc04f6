/**
 * The one error type for refusals: a rule of the domain that the user can act on ("the lead amounts must add
 * up to 500.000 kr."). Domain operations throw it; the action pipeline turns it into a *refused* outcome.
 * Anything else thrown is a *failure* (lib/actions/define-action.ts).
 */
export class Refusal extends Error {
  readonly fieldErrors: Record<string, string>;
  readonly data: unknown;

  constructor(message: string, options: { field?: string; fieldErrors?: Record<string, string>; data?: unknown } = {}) {
    super(message);
    this.name = "Refusal";
    this.fieldErrors = { ...(options.field ? { [options.field]: message } : {}), ...options.fieldErrors };
    this.data = options.data;
  }
}
