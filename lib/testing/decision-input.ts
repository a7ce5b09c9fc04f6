import type { DecisionFormInput } from "../decisions/decision-schema";

/** A council decision as the form sends it, for tests: «Ja» from 2021, met 1 March 2021; override what matters. */
export function decisionInput(
  over: Partial<DecisionFormInput> & Pick<DecisionFormInput, "officeIds">,
): DecisionFormInput {
  return {
    decision: "YES",
    effectiveFromYear: 2021,
    councilBody: "Byrådet",
    meetingDate: "2021-03-01",
    caseReference: "Sag 1",
    isCorrection: false,
    minutesUrl: undefined,
    note: undefined,
    correctionReason: undefined,
    closedYearReason: undefined,
    ...over,
  };
}
