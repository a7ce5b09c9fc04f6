import { STATUS_LABELS } from "@/lib/format";
import type { Allocation } from "@/lib/allocation";

const percent = (part: number, whole: number) => `${whole > 0 ? (part / whole) * 100 : 0}%`;

/**
 * How many of the office's eligible municipalities take part (issue 16), in the office status's own colour: "Ja"
 * solid, "Afventer" striped (they may still say no), "Nej" empty, and a mark at the threshold with its number.
 * So 16 of 16 with nobody at "Ja" yet is a striped amber bar whose solid part has not reached the mark — never a full
 * green bar next to "I risiko". The words beside it say the same for screen readers (role="img" + label).
 */
export function ParticipationGauge({
  allocation,
  label,
}: {
  allocation: Pick<Allocation, "yes" | "pending" | "no" | "eligible" | "required" | "status">;
  label: string;
}) {
  const { yes, pending, eligible, required, status } = allocation;
  return (
    <div className={`gauge gauge-${status} mt-2`} data-testid="gauge" data-status={status}>
      <div
        role="img"
        aria-label={`${label}: ${yes} ja og ${pending} afventer af ${eligible}; krav ${required}; status ${STATUS_LABELS[status]}`}
        className="relative h-4 w-full rounded-sm border border-slate-500 bg-white"
      >
        <div className="gauge-yes absolute inset-y-0 left-0" style={{ width: percent(yes, eligible) }} />
        <div
          className="gauge-pending absolute inset-y-0"
          style={{ left: percent(yes, eligible), width: percent(pending, eligible) }}
        />
        <div
          className="absolute -inset-y-1 w-0.5 -translate-x-1/2 bg-slate-900"
          style={{ left: percent(required, eligible) }}
          data-testid="gauge-threshold"
        />
      </div>
      <div className="relative h-4 text-xs text-slate-800" aria-hidden="true">
        <span className="absolute -translate-x-1/2 whitespace-nowrap" style={{ left: percent(required, eligible) }}>
          krav {required}
        </span>
      </div>
    </div>
  );
}
