/** Client-side check of a form with the action's own schema (ActionForm's `validate`). */
import type { z } from "zod";
import { fieldErrorsOf } from "../actions/action-state";
import { formValues, unstorableTextErrors } from "./form-values";

export function validateWith(schema: z.ZodType) {
  return async (form: FormData) => {
    const values = formValues(form);
    const parsed = await schema.safeParseAsync(values);
    return { ...(parsed.success ? {} : fieldErrorsOf(parsed.error.issues)), ...unstorableTextErrors(values) };
  };
}
