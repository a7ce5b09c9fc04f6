export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700" data-testid="field-error">
      {message}
    </p>
  );
}

/** A refusal or failure: the message, and for a failure the error id the user can quote to the secretariat. */
export function FormError({ message, errorId }: { message?: string; errorId?: string }) {
  if (!message) return null;
  return (
    <div
      role="alert"
      tabIndex={-1}
      data-focus-after-answer
      data-testid="form-error"
      className="rounded border border-red-300 bg-red-50 p-3 text-red-800"
    >
      {message}
      {errorId && (
        <span className="mt-1 block text-sm">
          Fejl-id: <span data-testid="error-id">{errorId}</span> — oplys det, hvis du kontakter KKR-sekretariatet.
        </span>
      )}
    </div>
  );
}

export function Notice({
  children,
  focusAfterAnswer,
  ref,
}: {
  children: React.ReactNode;
  focusAfterAnswer?: boolean;
  ref?: React.Ref<HTMLDivElement>;
}) {
  return (
    <div
      ref={ref}
      role="status"
      tabIndex={focusAfterAnswer ? -1 : undefined}
      data-focus-after-answer={focusAfterAnswer || undefined}
      data-testid="notice"
      className="rounded border border-green-300 bg-green-50 p-3 text-green-900"
    >
      {children}
    </div>
  );
}
