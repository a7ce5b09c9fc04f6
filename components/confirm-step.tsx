"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

const button = "rounded px-3 py-1.5 font-medium disabled:opacity-70";
const TONES = {
  /** Cannot be undone, or locks someone out (deactivate, anonymise). */
  danger: {
    open: "border border-red-700 text-red-800 hover:bg-red-50",
    panel: "border-red-300 bg-red-50 text-red-950",
    confirm: "bg-red-800 text-white hover:bg-red-900",
  },
  /** Has consequences for others, and is undone only by someone else (closing a year: invoices are sent). */
  weighty: {
    open: "bg-brand-700 text-white hover:bg-brand-800",
    panel: "border-brand-700 bg-brand-50 text-slate-950",
    confirm: "bg-brand-700 text-white hover:bg-brand-800",
  },
} as const;

/**
 * THE submit button that asks first, inside an ActionForm's `buttons`. The first button only opens a question that
 * says what will happen; «Ja, …» submits the form, «Fortryd» or Escape closes the question and puts focus back on the
 * first button. The question takes focus when it opens, so a screen reader reads it. A refused answer keeps the
 * question open (the form's message and focus say what to fix). While the answer is pending, «Fortryd» and Escape
 * do nothing: what was sent cannot be called back, and the answer must stay on the page.
 */
export function ConfirmStep({
  openLabel,
  question,
  children,
  confirmLabel,
  disabled,
  pending,
  tone = "danger",
  testId,
}: {
  /** The first button («Deaktivér …»). */
  openLabel: string;
  /** The question's heading («Deaktivér Jens Hansen?»); also the group's accessible name, after «Bekræft: ». */
  question: string;
  /** What will happen, in plain words; hidden inputs the confirmed submit needs may go here too. */
  children: ReactNode;
  /** The submit button («Ja, deaktivér Jens Hansen»). */
  confirmLabel: string;
  /** From the form (FormRender): pending, or not hydrated yet. */
  disabled: boolean;
  pending: boolean;
  tone?: keyof typeof TONES;
  testId?: string;
}) {
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) panel.current?.focus();
  }, [confirming]);
  const colors = TONES[tone];
  const cancel = () => {
    setConfirming(false);
    // Back to where the user was: the button that opened the question.
    setTimeout(() => trigger.current?.focus());
  };
  if (!confirming) {
    return (
      <button
        ref={trigger}
        type="button"
        disabled={disabled}
        onClick={() => setConfirming(true)}
        className={`${button} ${colors.open}`}
      >
        {openLabel}
      </button>
    );
  }
  return (
    <div
      ref={panel}
      tabIndex={-1}
      role="group"
      aria-label={`Bekræft: ${question.replace(/\?$/, "")}`}
      onKeyDown={(event) => event.key === "Escape" && !pending && cancel()}
      className={`max-w-prose rounded border p-3 text-sm ${colors.panel}`}
      data-testid={testId}
    >
      <p className="font-medium">{question}</p>
      <div className="mt-1 space-y-1">{children}</div>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="submit" disabled={disabled} className={`${button} ${colors.confirm}`}>
          {pending ? "Gemmer …" : confirmLabel}
        </button>
        <button
          type="button"
          onClick={cancel}
          disabled={pending}
          className={`${button} border border-slate-400 bg-white text-slate-900 hover:bg-slate-50`}
        >
          Fortryd
        </button>
      </div>
    </div>
  );
}
