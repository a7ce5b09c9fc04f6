import type { DecisionFormInput } from "../decisions/decision-schema";
import type { DbClient } from "../db/types";

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

/** A municipality's participation versions as the decision form sends them (`expectedVersions`): the current ones. */
export async function participationVersions(db: DbClient, municipalityId: string): Promise<Record<string, number>> {
  const participations = await db.participation.findMany({ where: { municipalityId } });
  return Object.fromEntries(participations.map((p) => [p.officeId, p.version]));
}
