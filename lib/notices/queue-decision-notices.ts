/**
 * The notices of a recorded decision, in its transaction (called by recordDecisions): DECISION_RECORDED to the
 * secretariat, and DECISION_ON_BEHALF to the municipality's contacts when the secretariat recorded it for them.
 * The amounts that moved are told by writeShareSnapshots.
 */
import type { DecisionFacts } from "../decisions/decision-facts";
import type { DbClient } from "../db/types";
import { findNoticeRecipients } from "./find-notice-recipients";
import { queueNotices } from "./queue-notices";
import { decisionOnBehalfMail, decisionRecordedMail } from "./templates/decision-notices";
import type { ShareLine } from "./templates/share-notices";

export type QueueDecisionNoticesOptions = {
  db: DbClient;
  actor: { id: string; name: string };
  municipality: { id: string; code: string; name: string; regionId: string };
  /** The first new decision's id: part of every notice's key. */
  decisionId: string;
  /** The offices decided on, in the period's order (the caller has them: no query here). */
  offices: { name: string; agreementId: string }[];
  onBehalf: boolean;
  decision: DecisionFacts & { correctionReason: string | null; correctsEarlier: boolean };
  /** The municipality's own amounts the decision moved (said to its contacts when recorded on its behalf). */
  ownLines: ShareLine[];
  /** The closed and invoiced office-years it changes, and the reason given. */
  closedYears?: { names: string[]; reason: string };
};

export async function queueDecisionNotices({
  db,
  actor,
  municipality,
  decisionId,
  offices,
  onBehalf,
  decision,
  ownLines,
  closedYears,
}: QueueDecisionNoticesOptions) {
  const recorded = {
    ...decision,
    ownLines,
    closedYears,
    municipality,
    officeNames: offices.map((o) => o.name),
    recordedBy: actor.name,
    onBehalf,
    periodId: offices[0]?.agreementId ?? "",
  };
  const [secretariat, contacts] = await Promise.all([
    findNoticeRecipients({ db, kind: "DECISION_RECORDED", regionId: municipality.regionId, exceptUserId: actor.id }),
    onBehalf
      ? findNoticeRecipients({
          db,
          kind: "DECISION_ON_BEHALF",
          regionId: municipality.regionId,
          municipalityIds: [municipality.id],
          exceptUserId: actor.id,
        })
      : [],
  ]);
  await queueNotices({
    db,
    notices: [
      ...secretariat.map((person) => ({
        kind: "DECISION_RECORDED" as const,
        recipient: person,
        key: `decision:${decisionId}`,
        mail: decisionRecordedMail({ ...recorded, required: person.required }),
      })),
      ...contacts.map((person) => ({
        kind: "DECISION_ON_BEHALF" as const,
        recipient: person,
        key: `decision:${decisionId}`,
        mail: decisionOnBehalfMail({ ...recorded, required: person.required }),
      })),
    ],
  });
}
