import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decisionCoverage, decisionsByYear, type DecisionRecord } from "./decisions-by-year";

const at = (date: string) => new Date(`${date}T12:00:00Z`);
const record = (
  r: Partial<DecisionRecord> & Pick<DecisionRecord, "decision" | "effectiveFromYear" | "meetingDate">,
): DecisionRecord => ({
  municipalityCode: "0320",
  recordedAt: r.meetingDate,
  ...r,
});
const statesOf = (history: DecisionRecord[]) =>
  [...decisionsByYear(history, ["0320"], 2021, 2024).get("0320")!.values()].map((v) => v.state);

describe("decisionsByYear", () => {
  it("is PENDING without decisions", () => {
    expect(statesOf([])).toEqual(["PENDING", "PENDING", "PENDING", "PENDING"]);
  });
  it("withdrawal from 2023 leaves 2021–2022 unchanged", () => {
    expect(
      statesOf([
        record({ decision: "YES", effectiveFromYear: 2021, meetingDate: at("2021-03-01") }),
        record({ decision: "NO", effectiveFromYear: 2023, meetingDate: at("2022-10-01") }),
      ]),
    ).toEqual(["YES", "YES", "NO", "NO"]);
  });
  it("re-joining after a withdrawal", () => {
    expect(
      statesOf([
        record({ decision: "YES", effectiveFromYear: 2021, meetingDate: at("2021-03-01") }),
        record({ decision: "NO", effectiveFromYear: 2022, meetingDate: at("2021-11-01") }),
        record({ decision: "YES", effectiveFromYear: 2024, meetingDate: at("2023-09-01") }),
      ]),
    ).toEqual(["YES", "NO", "NO", "YES"]);
  });
  it("a decision with an end year applies only to its years", () => {
    expect(
      statesOf([
        record({ decision: "YES", effectiveFromYear: 2021, effectiveToYear: 2022, meetingDate: at("2021-03-01") }),
      ]),
    ).toEqual(["YES", "YES", "PENDING", "PENDING"]);
  });
  it("a late-recorded decision from an earlier meeting does not override a later meeting", () => {
    expect(
      statesOf([
        record({
          decision: "NO",
          effectiveFromYear: 2021,
          meetingDate: at("2021-06-01"),
          recordedAt: at("2021-06-02"),
        }),
        record({
          decision: "YES",
          effectiveFromYear: 2021,
          meetingDate: at("2021-03-01"),
          recordedAt: at("2021-07-01"),
        }),
      ]),
    ).toEqual(["NO", "NO", "NO", "NO"]);
  });
  it("a correction on the same meeting date wins by recording time", () => {
    expect(
      statesOf([
        record({
          decision: "YES",
          effectiveFromYear: 2021,
          meetingDate: at("2021-03-01"),
          recordedAt: at("2021-03-02"),
        }),
        record({
          decision: "NO",
          effectiveFromYear: 2021,
          meetingDate: at("2021-03-01"),
          recordedAt: at("2021-03-05"),
        }),
      ]),
    ).toEqual(["NO", "NO", "NO", "NO"]);
  });
  it("ignores decisions of other municipalities and years outside the agreement", () => {
    expect(
      statesOf([
        record({ municipalityCode: "0253", decision: "NO", effectiveFromYear: 2021, meetingDate: at("2021-03-01") }),
        record({ decision: "NO", effectiveFromYear: 2025, meetingDate: at("2024-03-01") }),
      ]),
    ).toEqual(["PENDING", "PENDING", "PENDING", "PENDING"]);
  });
});

describe("decisionsByYear — corrections (issue 10)", () => {
  it("a Nej with a wrong meeting date, corrected to Ja at the real date: Ja in every year", () => {
    expect(
      statesOf([
        record({ id: "nej", decision: "NO", effectiveFromYear: 2021, meetingDate: at("2021-10-28") }),
        record({
          id: "ja",
          decision: "YES",
          effectiveFromYear: 2021,
          meetingDate: at("2021-09-28"),
          recordedAt: at("2021-11-01"),
          corrects: "nej",
        }),
      ]),
    ).toEqual(["YES", "YES", "YES", "YES"]);
  });

  it("a mistaken 'Nej fra 2022' corrected to 'Nej fra 2023' gives 2022 back to the Ja before it", () => {
    expect(
      statesOf([
        record({ id: "ja", decision: "YES", effectiveFromYear: 2021, meetingDate: at("2021-03-01") }),
        record({ id: "nej22", decision: "NO", effectiveFromYear: 2022, meetingDate: at("2021-10-01") }),
        record({
          id: "nej23",
          decision: "NO",
          effectiveFromYear: 2023,
          meetingDate: at("2021-10-01"),
          recordedAt: at("2021-10-05"),
          corrects: "nej22",
        }),
      ]),
    ).toEqual(["YES", "YES", "NO", "NO"]);
  });

  it("a correction of a correction voids the one it corrects; the original stays void", () => {
    expect(
      statesOf([
        record({ id: "a", decision: "NO", effectiveFromYear: 2021, meetingDate: at("2021-03-01") }),
        record({
          id: "b",
          decision: "YES",
          effectiveFromYear: 2022,
          meetingDate: at("2021-03-01"),
          recordedAt: at("2021-04-01"),
          corrects: "a",
        }),
        record({
          id: "c",
          decision: "YES",
          effectiveFromYear: 2023,
          meetingDate: at("2021-03-01"),
          recordedAt: at("2021-05-01"),
          corrects: "b",
        }),
      ]),
    ).toEqual(["PENDING", "PENDING", "YES", "YES"]);
  });
});

describe("decisionCoverage — what the history says of each decision", () => {
  it("'gælder for' the years it governs, void for a corrected one, none where later ones cover all its years", () => {
    const coverage = decisionCoverage(
      [
        record({ id: "ja", decision: "YES", effectiveFromYear: 2021, meetingDate: at("2021-03-01") }),
        record({ id: "nej23", decision: "NO", effectiveFromYear: 2023, meetingDate: at("2022-10-01") }),
        record({ id: "ja24", decision: "YES", effectiveFromYear: 2024, meetingDate: at("2023-10-01") }),
        record({ id: "typo", decision: "NO", effectiveFromYear: 2021, meetingDate: at("2023-10-02") }),
        record({
          id: "fix",
          decision: "YES",
          effectiveFromYear: 2024,
          meetingDate: at("2023-10-02"),
          recordedAt: at("2023-10-09"),
          corrects: "typo",
        }),
        record({
          id: "gone",
          decision: "NO",
          effectiveFromYear: 2024,
          effectiveToYear: 2024,
          meetingDate: at("2023-01-01"),
        }),
      ],
      2021,
      2024,
    );
    // Nej fra 2023, later Ja fra 2024: the Nej still governs 2023 (issue 10: not "Afløst").
    expect(coverage.get("nej23")).toEqual({ kind: "GOVERNS", years: [2023] });
    expect(coverage.get("ja")).toEqual({ kind: "GOVERNS", years: [2021, 2022] });
    expect(coverage.get("typo")).toEqual({ kind: "VOID", correctedBy: "fix" });
    expect(coverage.get("gone")).toEqual({ kind: "OVERRIDDEN" });
    expect(coverage.get("fix")).toEqual({ kind: "GOVERNS", years: [2024] });
  });
});

describe("decisionsByYear — the listing order never matters", () => {
  const history = fc
    .array(
      fc.record({
        decision: fc.constantFrom("YES" as const, "NO" as const),
        effectiveFromYear: fc.integer({ min: 2020, max: 2025 }),
        span: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        meetingDay: fc.integer({ min: 0, max: 5 }),
        recordedDay: fc.integer({ min: 0, max: 5 }),
        corrects: fc.option(fc.nat(20), { nil: undefined }),
      }),
      { maxLength: 12 },
    )
    .map((rows) =>
      rows.map((row, i) => ({
        id: `d${i}`,
        municipalityCode: "0320",
        decision: row.decision,
        effectiveFromYear: row.effectiveFromYear,
        effectiveToYear: row.span === undefined ? null : row.effectiveFromYear + row.span,
        meetingDate: new Date(Date.UTC(2021, 0, 1 + row.meetingDay)),
        recordedAt: new Date(Date.UTC(2021, 0, 1 + row.recordedDay)),
        // Only earlier ids, and each at most once: as the database allows.
        corrects: row.corrects !== undefined && row.corrects < i ? `d${row.corrects}` : undefined,
      })),
    )
    .map((rows) => rows.filter((row, i) => !row.corrects || rows.findIndex((r) => r.corrects === row.corrects) === i));

  it("corrections and overrides give the same years however the input lists them", () => {
    fc.assert(
      fc.property(history, fc.nat(), (rows, seed) => {
        const shuffled = [...rows].sort(
          (a, b) => ((a.id.length * 7 + seed) % 5) - ((b.id.length * 13 + seed) % 5) || (a.id < b.id ? 1 : -1),
        );
        const states = (list: DecisionRecord[]) => [
          ...decisionsByYear(list, ["0320"], 2021, 2024).get("0320")!.values(),
        ];
        expect(states(shuffled)).toEqual(states(rows));
      }),
      { numRuns: 500 },
    );
  });
});
