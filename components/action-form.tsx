"use client";

import { startTransition, useActionState, useState, type FormEvent, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { FormError, Notice } from "./form-messages";

type Props = {
  action: (previous: ActionResult, form: FormData) => Promise<ActionResult>;
  submitLabel: string;
  children: (errors: Record<string, string>) => ReactNode;
  className?: string;
  label?: string;
  /** Client-side check with the same schema as the server; errors stop the submit. */
  validate?: (form: FormData) => Record<string, string> | Promise<Record<string, string>>;
};

/**
 * A form bound to a server action. Submitted through onSubmit (not the `action` prop) so React does not reset
 * the fields: after a refusal the user still has everything they typed.
 */
export function ActionForm({ action, submitLabel, children, className, label, validate }: Props) {
  const [state, dispatch, pending] = useActionState(action, { ok: false } as ActionResult);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const errors = validate ? await validate(form) : {};
    setClientErrors(errors);
    if (Object.keys(errors).length) return;
    startTransition(() => dispatch(form));
  }
  const hasClientErrors = Object.keys(clientErrors).length > 0;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} className={className ?? "space-y-3"}>
      {!hasClientErrors && state.ok && state.message && <Notice>{state.message}</Notice>}
      <FormError message={hasClientErrors ? "Intet er gemt. Ret de markerede felter." : state.formError} />
      {children(hasClientErrors ? clientErrors : (state.fieldErrors ?? {}))}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? "Gemmer …" : submitLabel}
      </button>
    </form>
  );
}
