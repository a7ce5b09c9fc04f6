/**
 * The agreed reduced pool for an office-year in REDUCED status, with the reason. Refused unless the engine
 * says the office-year is REDUCED (otherwise it would have no effect). Audited, snapshot, one transaction.
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadAgreement } from "../shares/load-agreement";
import { shareEffects, writeShareSnapshots } from "../shares/share-effects";
import { bumpAgreementVersion } from "../shares/agreement-cache";
import { formatKroner } from "../format";
import { Refusal } from "../actions/refusal";
import { officeAmounts } from "../offices/office-amounts";

export type SetPoolOverrideOptions = {
  db: Database;
  actor: { id: string };
  officeId: string;
  year: number;
  amount: number;
  reason: string;
  now?: Date;
};

export async function setPoolOverride({ db, actor, now = new Date(), ...o }: SetPoolOverrideOptions) {
  const actorId = actor.id;
  return db.$transaction(async (tx) => {
    const office = await tx.clusterOffice.findUnique({ where: { id: o.officeId }, include: { agreement: true } });
    if (!office) throw new Refusal("Klyngekontoret findes ikke.");
    // The period's version before its pools and decisions are read (bumpAgreementVersion).
    await bumpAgreementVersion(tx, office.agreementId);
    if (o.year < office.agreement.firstYear || o.year > office.agreement.lastYear)
      throw new Refusal("Året ligger uden for aftaleperioden.");
    const { nonLeadPool } = officeAmounts(office, office.agreement);
    if (o.amount > nonLeadPool) {
      throw new Refusal(`Den aftalte pulje kan ikke være større end den fulde pulje på ${formatKroner(nonLeadPool)}`, {
        field: "amount",
      });
    }
    const before = await loadAgreement({ db: tx, agreementId: office.agreementId });
    if (before.allocationFor(o.officeId, o.year).allocation.status !== "REDUCED") {
      throw new Refusal("En aftalt pulje kan kun registreres for et år med status Reduceret.", { field: "amount" });
    }
    const existing = await tx.poolOverride.findUnique({
      where: { officeId_year: { officeId: o.officeId, year: o.year } },
    });
    await tx.poolOverride.upsert({
      where: { officeId_year: { officeId: o.officeId, year: o.year } },
      update: { amount: o.amount, reason: o.reason, createdById: actorId },
      create: { officeId: o.officeId, year: o.year, amount: o.amount, reason: o.reason, createdById: actorId },
    });
    const after = await loadAgreement({ db: tx, agreementId: office.agreementId });
    await writeShareSnapshots({
      db: tx,
      effects: shareEffects(before.input, after.input, (id, year) => id === o.officeId && year === o.year),
      cause: {
        kind: "POOL_OVERRIDE",
        at: now,
        actorId,
        amount: o.amount,
        reason: o.reason,
        note: () =>
          `Aftalt reduceret pulje ${formatKroner(o.amount)} for ${o.year}` +
          (existing && existing.amount !== o.amount ? ` (før ${formatKroner(existing.amount)})` : "") +
          `, begrundelse: ${o.reason}`,
      },
      municipalityIds: new Map(after.municipalities.map((m) => [m.code, m.id])),
    });
    await recordAuditEvent(tx, {
      actorId,
      action: "settings.pool_override",
      entityType: "ClusterOffice",
      entityId: o.officeId,
      before: existing ? { year: existing.year, amount: existing.amount, reason: existing.reason } : null,
      after: { year: o.year, amount: o.amount, reason: o.reason },
    });
  });
}
