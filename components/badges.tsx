import { DECISION_ICONS, DECISION_LABELS, STATUS_LABELS } from "@/lib/format";

/** Ja / Nej / Afventer / Lead — colour AND icon AND text (WCAG 1.4.1). Styles: .badge in app/globals.css. */
export function DecisionBadge({ state, title }: { state: "YES" | "NO" | "PENDING" | "LEAD"; title?: string }) {
  const label = state === "LEAD" ? "Lead" : DECISION_LABELS[state];
  return (
    <span title={title} className={`badge badge-${state}`}>
      <span aria-hidden="true">{DECISION_ICONS[state]}</span>
      {label}
    </span>
  );
}

const STATUS_STYLES = {
  KEPT: "bg-green-100 text-green-900 border-green-300",
  AT_RISK: "bg-amber-50 text-amber-900 border-amber-400",
  REDUCED: "bg-red-100 text-red-900 border-red-300",
} as const;

export function StatusBadge({ status }: { status: keyof typeof STATUS_LABELS }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${STATUS_STYLES[status]}`}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}

export function ProvisionalMark() {
  return (
    <span
      className="ml-1 text-xs font-medium text-amber-900"
      title="Foreløbigt beløb: det kan ændre sig, indtil året er afklaret (alle har besluttet sig)"
    >
      (foreløbig)
    </span>
  );
}
