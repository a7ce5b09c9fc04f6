/** Why amounts moved, in the words the history, the ledger and a settlement's text all use. */
import { DECISION_LABELS, formatDate, formatDecisionYears } from "../format";

export type CauseSnapshot = {
  cause: string;
  /** What a settings change was, in words (issue 16). */
  note?: string | null;
  causeDecision: {
    decision: "YES" | "NO";
    effectiveFromYear: number;
    effectiveToYear: number | null;
    meetingDate: Date;
    correctsId?: string | null;
    municipality: { name: string };
  } | null;
};

export function describeCause(snapshot: CauseSnapshot): string {
  const decision = snapshot.causeDecision;
  if (decision) {
    return (
      `${decision.municipality.name} Kommune: ${DECISION_LABELS[decision.decision]} ${formatDecisionYears(decision.effectiveFromYear, decision.effectiveToYear)} ` +
      `(møde ${formatDate(decision.meetingDate)})${decision.correctsId ? ", rettelse" : ""}`
    );
  }
  if (snapshot.cause === "SEED") return "Aftalens start";
  return snapshot.note ? `Ændring af indstillinger: ${snapshot.note}` : "Ændring af indstillinger";
}
