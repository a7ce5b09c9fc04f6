"use client";

import {
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
  type ReactNode,
} from "react";
import { IDLE, invalidMessageOf, type ActionState, type InvalidMessage } from "@/lib/actions/action-state";
import { FormError, Notice } from "./form-messages";

export type FormRender<Data> = {
  errors: Record<string, string>;
  state: ActionState<Data>;
  pending: boolean;
  /** For the submit buttons: while the answer is pending, and until the form is hydrated (see ActionForm). */
  disabled: boolean;
};

type Props<Data> = {
  action: (previous: ActionState<Data>, form: FormData) => Promise<ActionState<Data>>;
  /** The form's accessible name. */
  label: string;
  children: (form: FormRender<NoInfer<Data>>) => ReactNode;
  /** The default submit button; leave out when `buttons` renders its own, or when there is nothing to submit. */
  submitLabel?: string;
  /** Custom submit buttons (give them name/value to tell intents apart: the submitter is sent along). */
  buttons?: (form: FormRender<NoInfer<Data>>) => ReactNode;
  /** Client-side check with the same schema as the server; errors stop the submit. */
  validate?: (form: FormData) => Record<string, string> | Promise<Record<string, string>>;
  /** Form-level message when the client-side check refuses (as the action's own `invalidMessage`). */
  invalidMessage?: InvalidMessage;
  /** Called once per answer from the server (done, refused or failed). */
  onAnswer?: (state: ActionState<NoInfer<Data>>) => void;
  /** Any field changed (the event says which). */
  onChange?: (event: FormEvent<HTMLFormElement>) => void;
  /** Empty the fields once done: a form that makes a new thing each time (a user), not one that edits a thing. */
  resetWhenDone?: boolean;
  className?: string;
};

/**
 * THE form for a server action (lib/actions/define-action.ts). Submitted through onSubmit (not the `action`
 * prop) so React does not reset the fields: after a refusal the user still has everything they typed. After an
 * answer, focus moves to the first invalid field (aria-invalid), else to the message — so a keyboard or screen
 * reader user lands where the answer is.
 *
 * Until React has hydrated the form its buttons are disabled: a click before that would submit the form the
 * browser's way (nothing saved, and — as a GET — every field in the URL and the browser's history). The form
 * says POST all the same, so no path puts what was typed in a URL.
 */
export function ActionForm<Data>({
  action,
  label,
  children,
  submitLabel,
  buttons,
  validate,
  invalidMessage,
  onAnswer,
  onChange,
  resetWhenDone = false,
  className,
}: Props<Data>) {
  const [state, dispatch, pending] = useActionState(action, IDLE as ActionState<Data>);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [answered, setAnswered] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const hydrated = useSyncExternalStore(noSubscription, isClient, isServer);
  // From the click until the answer: set at once, so the second click of a double-click (which came while the first
  // was still being checked, before `pending`) is the same submit, not a second one that reads as a conflict.
  const submitting = useRef(false);
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    if (!pending) submitting.current = false;
  }, [pending]);

  useEffect(() => {
    if (state.outcome === "idle") return;
    if (resetWhenDone && state.outcome === "done") formRef.current?.reset();
    onAnswer?.(state);
    setAnswered((count) => count + 1);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per answer
  }, [state]);

  useEffect(() => {
    if (!answered || !formRef.current) return;
    const target =
      formRef.current.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      formRef.current.querySelector<HTMLElement>("[data-focus-after-answer]");
    target?.focus();
  }, [answered]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting.current) return;
    submitting.current = true;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    setChecking(true);
    let errors: Record<string, string>;
    try {
      errors = validate ? await validate(form) : {};
    } catch (error) {
      submitting.current = false;
      throw error;
    } finally {
      setChecking(false);
    }
    if (Object.keys(errors).length) {
      submitting.current = false;
      setClientErrors(errors);
      setAnswered((count) => count + 1);
      return;
    }
    setClientErrors(null);
    // Taken again once the answer is in (`pending` back to false, the effect above).
    startTransition(() => dispatch(form));
  }

  const disabled = pending || checking || !hydrated;
  const view: FormRender<Data> = { errors: clientErrors ?? state.fieldErrors ?? {}, state, pending, disabled };
  const message = clientErrors
    ? invalidMessageOf(invalidMessage, clientErrors)
    : state.outcome === "refused" || state.outcome === "failed"
      ? state.message
      : undefined;
  return (
    <form
      ref={formRef}
      method="post"
      onSubmit={onSubmit}
      onChange={onChange}
      noValidate
      aria-label={label}
      className={className ?? "space-y-3"}
    >
      {!clientErrors && state.outcome === "done" && state.message && <Notice focusAfterAnswer>{state.message}</Notice>}
      <FormError message={message} errorId={clientErrors ? undefined : state.errorId} />
      {children(view)}
      {buttons ? (
        buttons(view)
      ) : submitLabel === undefined ? null : (
        <button
          type="submit"
          disabled={disabled}
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {pending ? "Gemmer …" : submitLabel}
        </button>
      )}
    </form>
  );
}

// Hydrated or not, without an effect: the server's snapshot is false, the browser's true once React has hydrated.
const noSubscription = () => () => {};
const isClient = () => true;
const isServer = () => false;
