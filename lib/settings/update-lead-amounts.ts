/**
 * The split of a multi-lead office's lead contribution (Life Science: Kalundborg + Guldborgsund; the split is
 * not published, 250.000/250.000 is an assumption the secretariat can change). Must add up to the agreement's
 * lead contribution. Audited, with a ledger snapshot of every year, in one transaction.
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadAgreement } from "../shares/load-agreement";
import { shareEffects, writeShareSnapshots } from "../shares/share-effects";
import { bumpAgreementVersion } from "../shares/agreement-cache";
import { formatKroner } from "../format";
import { Refusal } from "../actions/refusal";

export type UpdateLeadAmountsOptions = {
  db: Database;
  actor: { id: string };
  officeId: string;
  /** Yearly amount per OfficeLead id. */
  amounts: Record<string, number>;
  now?: Date;
};

export async function updateLeadAmounts({ db, actor, officeId, amounts, now = new Date() }: UpdateLeadAmountsOptions) {
  const actorId = actor.id;
  return db.$transaction(async (tx) => {
    const office = await tx.clusterOffice.findUnique({
      where: { id: officeId },
      include: { leads: true, agreement: true },
    });
    if (!office) throw new Refusal("Klyngekontoret findes ikke.");
    const leadIds = office.leads.map((l) => l.id).sort();
    if (JSON.stringify(Object.keys(amounts).sort()) !== JSON.stringify(leadIds)) {
      throw new Refusal("Angiv et beløb for hver leadkommune.", { field: "amounts" });
    }
    const sum = Object.values(amounts).reduce((a, b) => a + b, 0);
    if (sum !== office.agreement.leadContribution) {
      throw new Refusal(
        `Leadbeløbene skal tilsammen give ${formatKroner(office.agreement.leadContribution)} (nu ${formatKroner(sum)}).`,
        { field: "amounts" },
      );
    }
    const before = await loadAgreement({ db: tx, agreementId: office.agreementId });
    for (const lead of office.leads)
      await tx.officeLead.update({ where: { id: lead.id }, data: { yearlyAmount: amounts[lead.id]! } });
    const after = await loadAgreement({ db: tx, agreementId: office.agreementId });
    await writeShareSnapshots(
      tx,
      shareEffects(before.input, after.input, (id) => id === officeId),
      { kind: "SETTINGS", at: now },
      new Map(after.municipalities.map((m) => [m.code, m.id])),
    );
    await bumpAgreementVersion(tx, office.agreementId);
    await recordAuditEvent(tx, {
      actorId,
      action: "settings.lead_amounts",
      entityType: "ClusterOffice",
      entityId: officeId,
      before: Object.fromEntries(office.leads.map((l) => [l.id, l.yearlyAmount])),
      after: amounts,
    });
  });
}
