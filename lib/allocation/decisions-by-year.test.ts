import { describe, expect, it } from "vitest";
import { decisionsByYear, type DecisionRecord } from "./decisions-by-year";

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
