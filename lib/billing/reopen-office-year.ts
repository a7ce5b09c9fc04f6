/**
 * Reopening a closed office-year (issue 11): administrators only, with a reason. The closing and its invoice lines
 * are kept — what was invoiced stays invoiced; a later closing invoices only the difference. Audited.
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { bumpAgreementVersion } from "../shares/agreement-cache";
import { Refusal } from "../actions/refusal";
import { currentClosing } from "./billing-state";

export type ReopenOfficeYearOptions = {
  db: Database;
  actor: { id: string };
  officeId: string;
  year: number;
  reason: string;
  now?: Date;
};

export async function reopenOfficeYear({
  db,
  actor,
  officeId,
  year,
  reason,
  now = new Date(),
}: ReopenOfficeYearOptions) {
  return db.$transaction(async (tx) => {
    const office = await tx.clusterOffice.findUniqueOrThrow({ where: { id: officeId } });
    await bumpAgreementVersion(tx, office.agreementId);
    const closing = currentClosing(await tx.yearClosing.findMany({ where: { officeId, year } }));
    if (!closing) throw new Refusal(`${office.name} ${year} er ikke lukket.`);
    const reopened = await tx.yearClosing.updateMany({
      where: { id: closing.id, reopenedAt: null },
      data: { reopenedAt: now, reopenedById: actor.id, reopenReason: reason },
    });
    if (reopened.count === 0) throw new Refusal(`${office.name} ${year} er lige blevet genåbnet af en anden.`);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "billing.reopened",
      entityType: "ClusterOffice",
      entityId: officeId,
      before: { year, round: closing.round, closedAt: closing.closedAt },
      after: { reason },
    });
    return { message: `${office.name} ${year} er genåbnet. Det opkrævede står fortsat i historikken.` };
  });
}
