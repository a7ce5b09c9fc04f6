import type { InputHTMLAttributes } from "react";
import { FieldError } from "./form-messages";

/** A labelled input with its error tied to it (aria-describedby, aria-invalid). */
export function Field({
  label,
  name,
  error,
  id,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string }) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div>
      <label htmlFor={fieldId} className="block font-medium">
        {label}
      </label>
      <input
        id={fieldId}
        name={name}
        aria-invalid={!!error}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2"
        {...input}
      />
      <FieldError id={`${fieldId}-error`} message={error} />
    </div>
  );
}
