import { EVALUATION_STATUS_LABELS, type EvaluationDisplayStatus } from "@/lib/evaluations/evaluation-status";

const STYLES: Record<EvaluationDisplayStatus, string> = {
  NOT_SUBMITTED: "bg-slate-100 text-slate-800 border-slate-300",
  SUBMITTED: "bg-brand-50 text-brand-900 border-brand-700/40",
  RETURNED: "bg-amber-50 text-amber-950 border-amber-400",
  APPROVED: "bg-green-100 text-green-900 border-green-300",
  OVERDUE: "bg-red-100 text-red-900 border-red-400",
};
const ICONS: Record<EvaluationDisplayStatus, string> = {
  NOT_SUBMITTED: "○",
  SUBMITTED: "●",
  RETURNED: "↩",
  APPROVED: "✓",
  OVERDUE: "⚠",
};

export function EvaluationStatusBadge({ status }: { status: EvaluationDisplayStatus }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-medium ${STYLES[status]}`}
      data-testid="evaluation-status"
    >
      <span aria-hidden="true">{ICONS[status]}</span>
      {EVALUATION_STATUS_LABELS[status]}
    </span>
  );
}
