import Link from "next/link";

/**
 * What a user sees after an unexpected error (app/error.tsx, app/global-error.tsx): a calm Danish message and the
 * error id — Next's digest of the server error, logged with it as one JSON line (instrumentation.ts) — so the
 * secretariat can find the log line when the user quotes it.
 */
export function UnexpectedError({ errorId, onRetry }: { errorId?: string; onRetry?: () => void }) {
  return (
    <div className="mx-auto max-w-lg space-y-3" data-testid="unexpected-error">
      <h1 className="text-2xl font-semibold">Der opstod en fejl</h1>
      <p className="text-slate-700">Siden kunne ikke vises på grund af en uventet fejl. Prøv igen om lidt.</p>
      {errorId && (
        <p>
          Fejl-id: <code data-testid="error-id">{errorId}</code> — oplys det, hvis du kontakter KKR-sekretariatet.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        {onRetry && (
          <button
            type="button"
            onClick={onRetry}
            className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            Prøv igen
          </button>
        )}
        <Link href="/" className="text-brand-700 underline">
          Gå til forsiden
        </Link>
      </div>
    </div>
  );
}
