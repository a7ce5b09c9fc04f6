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
  const voided = new Set<string>();
  for (const record of history) if (record.corrects) voided.add(record.corrects);
  return voided;
}

/** Meeting date, then recording time, then id: a total order, independent of the input's order. */
export function chronological(history: readonly DecisionRecord[]): DecisionRecord[] {
  const ordered = inChronologicalOrder(history);
  return ordered === history ? [...history] : (ordered as DecisionRecord[]);
}

/** The history itself when it is in order already (the app loads it so: load-agreement.ts), else a sorted copy. */
function inChronologicalOrder(history: readonly DecisionRecord[]): readonly DecisionRecord[] {
  for (let i = 1; i < history.length; i++) {
    if (compareChronologically(history[i - 1]!, history[i]!) > 0) return [...history].sort(compareChronologically);
  }
  return history;
}

function compareChronologically(a: DecisionRecord, b: DecisionRecord): number {
  return (
    a.meetingDate.getTime() - b.meetingDate.getTime() ||
    a.recordedAt.getTime() - b.recordedAt.getTime() ||
    compareIds(a.id, b.id)
  );
}

/** Ids in code-unit order (plain and fast; any fixed order would do — it only breaks exact ties). */
function compareIds(a = "", b = ""): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The decision in force for every municipality and year, as one flat table: entry `index × years + (year −
 * firstYear)` is the governing decision that year of the municipality with that index, or undefined (PENDING).
 * The engine reads this directly (issue 17); decisionsByYear is the same table as maps.
 */
export function governingDecisions(
  history: readonly DecisionRecord[],
  municipalityIndex: ReadonlyMap<string, number>,
  firstYear: number,
  lastYear: number,
): (DecisionRecord | undefined)[] {
  const years = lastYear - firstYear + 1;
  const table = new Array<DecisionRecord | undefined>(municipalityIndex.size * years).fill(undefined);
  const voided = voidDecisionIds(history);
  for (const record of inChronologicalOrder(history)) {
    if (record.id && voided.has(record.id)) continue;
    const index = municipalityIndex.get(record.municipalityCode);
    if (index === undefined) continue;
    const to = Math.min(record.effectiveToYear ?? lastYear, lastYear);
    for (let year = Math.max(record.effectiveFromYear, firstYear); year <= to; year++) {
      table[index * years + year - firstYear] = record;
    }
  }
  return table;
}

export function decisionsByYear(
  history: readonly DecisionRecord[],
  municipalityCodes: readonly string[],
  firstYear: number,
  lastYear: number,
): YearlyDecisions {
  const codes = [...new Set(municipalityCodes)];
  const table = governingDecisions(history, new Map(codes.map((code, index) => [code, index])), firstYear, lastYear);
  const years = lastYear - firstYear + 1;
  const result: YearlyDecisions = new Map();
  codes.forEach((code, index) => {
    const byYear = new Map<number, YearState>();
    for (let year = firstYear; year <= lastYear; year++) {
      const record = table[index * years + year - firstYear];
      byYear.set(year, record ? { state: record.decision, decisionId: record.id } : { state: "PENDING" });
    }
    result.set(code, byYear);
  });
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
