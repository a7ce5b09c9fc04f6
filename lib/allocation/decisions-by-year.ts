/**
 * Turns one office's decision history into the decision in force per municipality per year.
 * A decision applies from its effective year (to its end year, if any) until a later decision — later by
 * meeting date, then by recording time — covers the same year. With no decision, the year is PENDING.
 */
import type { DecisionState } from "./scenario-schema";

export type DecisionRecord = {
  id?: string;
  municipalityCode: string;
  decision: "YES" | "NO";
  effectiveFromYear: number;
  effectiveToYear?: number | null;
  meetingDate: Date;
  recordedAt: Date;
};

export type YearlyDecisions = Map<string, Map<number, { state: DecisionState; decisionId?: string }>>;

export function decisionsByYear(
  history: readonly DecisionRecord[],
  municipalityCodes: readonly string[],
  firstYear: number,
  lastYear: number,
): YearlyDecisions {
  const chronological = [...history].sort(
    (a, b) => a.meetingDate.getTime() - b.meetingDate.getTime() || a.recordedAt.getTime() - b.recordedAt.getTime(),
  );
  const result: YearlyDecisions = new Map();
  for (const code of municipalityCodes) {
    const years = new Map<number, { state: DecisionState; decisionId?: string }>();
    for (let year = firstYear; year <= lastYear; year++) years.set(year, { state: "PENDING" });
    result.set(code, years);
  }
  for (const record of chronological) {
    const years = result.get(record.municipalityCode);
    if (!years) continue;
    const to = record.effectiveToYear ?? lastYear;
    for (let year = Math.max(record.effectiveFromYear, firstYear); year <= Math.min(to, lastYear); year++) {
      years.set(year, { state: record.decision, decisionId: record.id });
    }
  }
  return result;
}
