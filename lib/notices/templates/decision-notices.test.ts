import { describe, expect, it } from "vitest";
import { decisionRecordedMail, type RecordedDecision } from "./decision-notices";

const recorded = (over: Partial<RecordedDecision>): RecordedDecision & { required: boolean } => ({
  municipality: { name: "Greve", code: "0253" },
  decision: "YES",
  officeNames: ["CLEAN"],
  effectiveFromYear: 2025,
  effectiveToYear: null,
  meetingDate: new Date("2026-12-03T00:00:00Z"),
  councilBody: "Byrådet",
  caseReference: "Punkt 4",
  correctionReason: null,
  correctsEarlier: false,
  recordedBy: "Sekretariatet",
  onBehalf: true,
  periodId: "p",
  required: false,
  ...over,
});

describe("the mail about a recorded decision", () => {
  it("calls it a correction only when it corrects an earlier registration; a late first decision gives its reason", () => {
    const late = decisionRecordedMail(recorded({ correctionReason: "Referatet kom først nu" })).text;
    expect(late).toContain("Rettelse eller tilbagevirkende kraft – begrundelse: Referatet kom først nu");
    expect(late).not.toContain("Rettelse af en tidligere registrering");
    const correction = decisionRecordedMail(recorded({ correctionReason: "Forkert år", correctsEarlier: true })).text;
    expect(correction).toContain("Rettelse af en tidligere registrering: Forkert år");
  });
});
