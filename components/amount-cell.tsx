import { DecisionBadge } from "@/components/badges";
import { DECISION_LABELS, formatKroner } from "@/lib/format";
import type { YearCell } from "@/lib/shares/load-municipality-overview";

/** Why an amount is foreløbig, in words (issue 10). */
export function unsettledReasons(cell: YearCell): string[] {
  const reasons: string[] = [];
  if (cell.ownPending) reasons.push("jeres beslutning er ikke registreret");
  if (cell.pendingOthers > 0) {
    reasons.push(
      cell.pendingOthers === 1
        ? "1 kommune har ikke besluttet sig"
        : `${cell.pendingOthers} kommuner har ikke besluttet sig`,
    );
  }
  if (cell.unsettled.includes("LEAD_MISSING")) reasons.push("kontoret mangler en leadkommune");
  if (cell.unsettled.includes("REDUCED_WITHOUT_POOL")) reasons.push("den reducerede pulje er ikke aftalt");
  return reasons;
}

/**
 * One office-year of a municipality: its decision, the amount, how sure the amount is (foreløbig with the reason),
 * the ceiling, an approved amount that is exceeded, and what changed since the last visit.
 */
export function AmountCell({ cell, explanationId }: { cell: YearCell; explanationId: string }) {
  const provisional = !cell.settled && cell.state !== "NO";
  const reasons = provisional ? unsettledReasons(cell) : [];
  return (
    <>
      <DecisionBadge state={cell.state} />
      <span className="mt-1 block font-medium tabular-nums">
        {formatKroner(cell.amount)}
        {provisional && <span className="ml-1 text-xs font-medium text-amber-900">(foreløbig)</span>}
      </span>
      {reasons.length > 0 && <span className="block text-xs text-slate-700">{reasons.join("; ")}</span>}
      {provisional && cell.ceiling > cell.amount && (
        <span className="block text-xs text-slate-700" data-testid="ceiling">
          højst {formatKroner(cell.ceiling)}
        </span>
      )}
      {cell.approved !== null && (cell.overApproved || cell.ceilingOverApproved) && (
        <span className="mt-1 block text-xs font-medium text-red-800" data-testid="over-approved">
          <span aria-hidden="true">⚠ </span>
          {cell.overApproved ? "Over" : "Kan komme over"} bevillingen på {formatKroner(cell.approved)}
        </span>
      )}
      {cell.changed && (
        <span className="mt-1 block text-xs text-brand-900" data-testid="changed-since-visit">
          <span aria-hidden="true">● </span>
          Ændret siden dit sidste besøg (før {formatKroner(cell.changed.previousAmount)}):{" "}
          {cell.changed.cause.kind === "DECISION"
            ? `${cell.changed.cause.municipality} Kommune: ${DECISION_LABELS[cell.changed.cause.decision]} fra ${cell.changed.cause.fromYear}`
            : cell.changed.cause.note
              ? `ændrede indstillinger (${cell.changed.cause.note})`
              : "ændrede indstillinger"}
          .{" "}
          <a href={`#${explanationId}`} className="underline">
            Se hvorfor
          </a>
        </span>
      )}
    </>
  );
}
