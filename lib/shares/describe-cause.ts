/** Why amounts moved, in the words the history, the ledger and a settlement's text all use. */
import { DECISION_LABELS, formatDate } from "../format";

export type CauseSnapshot = {
  cause: string;
  causeDecision: {
    decision: "YES" | "NO";
    effectiveFromYear: number;
    meetingDate: Date;
    correctsId?: string | null;
    municipality: { name: string };
  } | null;
};

export function describeCause(snapshot: CauseSnapshot): string {
  const decision = snapshot.causeDecision;
  if (decision) {
    return (
      `${decision.municipality.name} Kommune: ${DECISION_LABELS[decision.decision]} fra ${decision.effectiveFromYear} ` +
      `(møde ${formatDate(decision.meetingDate)})${decision.correctsId ? ", rettelse" : ""}`
    );
  }
  return snapshot.cause === "SEED" ? "Aftalens start" : "Ændring af indstillinger";
}
