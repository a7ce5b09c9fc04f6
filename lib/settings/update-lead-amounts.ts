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

export class SettingsRejectedError extends Error {
  constructor(
    readonly field: string,
    readonly userMessage: string,
  ) {
    super(userMessage);
  }
}

export async function updateLeadAmounts(
  db: Database,
  actorId: string,
  officeId: string,
  amounts: Record<string, number>,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const office = await tx.clusterOffice.findUnique({
      where: { id: officeId },
      include: { leads: true, agreement: true },
    });
    if (!office) throw new SettingsRejectedError("officeId", "Klyngekontoret findes ikke.");
    const leadIds = office.leads.map((l) => l.id).sort();
    if (JSON.stringify(Object.keys(amounts).sort()) !== JSON.stringify(leadIds)) {
      throw new SettingsRejectedError("amounts", "Angiv et beløb for hver leadkommune.");
    }
    const sum = Object.values(amounts).reduce((a, b) => a + b, 0);
    if (sum !== office.agreement.leadContribution) {
      throw new SettingsRejectedError(
        "amounts",
        `Leadbeløbene skal tilsammen give ${formatKroner(office.agreement.leadContribution)} (nu ${formatKroner(sum)}).`,
      );
    }
    const before = await loadAgreement(tx, office.agreementId);
    for (const lead of office.leads)
      await tx.officeLead.update({ where: { id: lead.id }, data: { yearlyAmount: amounts[lead.id]! } });
    const after = await loadAgreement(tx, office.agreementId);
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
