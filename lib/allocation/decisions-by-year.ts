/**
 * Turns one office's decision history into the decision in force per municipality per year
 * (docs/decisions/0014-decisions-over-time.md):
 * - a decision may correct an earlier one (`corrects`); a corrected decision is void and governs no year,
 *   whatever its dates (a correction of a correction voids the one it corrects; the original stays void);
 * - the remaining decisions apply in order of meeting date, then recording time (then id, so the result never
 *   depends on how the history is listed); each governs the years from its effective year to its end year (or
 *   the period's end), and a later one overrides the years it covers;
 * - a year no decision covers is PENDING.
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
  /** The id of the earlier decision this one corrects (which is then void). */
  corrects?: string | null;
};

export type YearState = { state: DecisionState; decisionId?: string };
export type YearlyDecisions = Map<string, Map<number, YearState>>;

/** The decisions that still count: every decision some correction points at is void. */
export function voidDecisionIds(history: readonly DecisionRecord[]): Set<string> {
  return new Set(history.map((record) => record.corrects).filter((id): id is string => !!id));
}

/** Meeting date, then recording time, then id: a total order, independent of the input's order. */
export function chronological(history: readonly DecisionRecord[]): DecisionRecord[] {
  return [...history].sort(
    (a, b) =>
      a.meetingDate.getTime() - b.meetingDate.getTime() ||
      a.recordedAt.getTime() - b.recordedAt.getTime() ||
      (a.id ?? "").localeCompare(b.id ?? ""),
  );
}

export function decisionsByYear(
  history: readonly DecisionRecord[],
  municipalityCodes: readonly string[],
  firstYear: number,
  lastYear: number,
): YearlyDecisions {
  const result: YearlyDecisions = new Map();
  for (const code of municipalityCodes) {
    const years = new Map<number, YearState>();
    for (let year = firstYear; year <= lastYear; year++) years.set(year, { state: "PENDING" });
    result.set(code, years);
  }
  const voided = voidDecisionIds(history);
  for (const record of chronological(history)) {
    if (record.id && voided.has(record.id)) continue;
    const years = result.get(record.municipalityCode);
    if (!years) continue;
    const to = record.effectiveToYear ?? lastYear;
    for (let year = Math.max(record.effectiveFromYear, firstYear); year <= Math.min(to, lastYear); year++) {
      years.set(year, { state: record.decision, decisionId: record.id });
    }
  }
  return result;
}

export type DecisionCoverage =
  { kind: "GOVERNS"; years: number[] } | { kind: "VOID"; correctedBy: string } | { kind: "OVERRIDDEN" };

/**
 * What each decision does now, for the history: the years it governs, "void" (replaced by a correction), or
 * "overridden" (later decisions cover all its years).
 */
export function decisionCoverage(
  history: readonly DecisionRecord[],
  firstYear: number,
  lastYear: number,
): Map<string, DecisionCoverage> {
  const codes = [...new Set(history.map((record) => record.municipalityCode))];
  const byYear = decisionsByYear(history, codes, firstYear, lastYear);
  const governed = new Map<string, number[]>();
  for (const years of byYear.values()) {
    for (const [year, { decisionId }] of years) {
      if (decisionId) governed.set(decisionId, [...(governed.get(decisionId) ?? []), year]);
    }
  }
  const correctedBy = new Map(history.filter((r) => r.corrects && r.id).map((r) => [r.corrects!, r.id!]));
  const result = new Map<string, DecisionCoverage>();
  for (const record of history) {
    if (!record.id) continue;
    const correction = correctedBy.get(record.id);
    if (correction) result.set(record.id, { kind: "VOID", correctedBy: correction });
    else if (governed.get(record.id)?.length)
      result.set(record.id, { kind: "GOVERNS", years: governed.get(record.id)! });
    else result.set(record.id, { kind: "OVERRIDDEN" });
  }
  return result;
}
