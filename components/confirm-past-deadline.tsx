/**
 * The answer to the server's question about a decision deadline that has passed (lib/settings/past-deadlines.ts):
 * the warning, if the form shows it, and the tick that sends `confirmPast` (Indstillinger, a new period's summary).
 */
export function ConfirmPastDeadline({ warning, label }: { warning?: string; label: string }) {
  return (
    <div className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3" data-testid="past-deadline">
      {warning && (
        <p>
          <span aria-hidden="true">⚠ </span>
          {warning}
        </p>
      )}
      <label className="flex items-start gap-2">
        <input type="checkbox" name="confirmPast" className="mt-1 h-4 w-4" />
        <span>{label}</span>
      </label>
    </div>
  );
}
