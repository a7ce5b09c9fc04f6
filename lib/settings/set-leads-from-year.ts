/**
 * An office's leads and their yearly amounts from a year on (issue 10): the rows that lead before that year are
 * kept (cut to end the year before), the new split applies from the year to the end of the period — earlier years
 * are untouched. Used to change a multi-lead split and to record a new lead after one has left. The amounts must
 * add up to the office's lead contribution. Audited with the rows before and after, with a ledger snapshot of every
 * year whose allocation changed, in one transaction.
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadAgreement } from "../shares/load-agreement";
import { shareEffects, writeShareSnapshots } from "../shares/share-effects";
import { bumpAgreementVersion } from "../shares/agreement-cache";
import { formatKroner } from "../format";
import { Refusal } from "../actions/refusal";
import { officeAmounts } from "../offices/office-amounts";

export type SetLeadsFromYearOptions = {
  db: Database;
  actor: { id: string };
  officeId: string;
  fromYear: number;
  /** The leads from that year, each with its yearly amount (whole kroner). */
  leads: { municipalityId: string; amount: number }[];
  now?: Date;
};

export async function setLeadsFromYear({
  db,
  actor,
  officeId,
  fromYear,
  leads,
  now = new Date(),
}: SetLeadsFromYearOptions) {
  return db.$transaction(async (tx) => {
    const found = await tx.clusterOffice.findUnique({ where: { id: officeId }, select: { agreementId: true } });
    if (!found) throw new Refusal("Klyngekontoret findes ikke.");
    // The period's version before its leads and decisions are read (bumpAgreementVersion).
    await bumpAgreementVersion(tx, found.agreementId);
    const office = await tx.clusterOffice.findUniqueOrThrow({
      where: { id: officeId },
      include: { leads: true, agreement: true },
    });
    const { agreement } = office;
    if (fromYear < agreement.firstYear || fromYear > agreement.lastYear) {
      throw new Refusal(`Året skal ligge i perioden ${agreement.firstYear}–${agreement.lastYear}.`, {
        field: "fromYear",
      });
    }
    const sum = leads.reduce((total, lead) => total + lead.amount, 0);
    const { leadContribution } = officeAmounts(office, agreement);
    if (sum !== leadContribution) {
      throw new Refusal(
        `Leadbeløbene skal tilsammen give ${formatKroner(leadContribution)} (nu ${formatKroner(sum)}).`,
        { field: "amounts" },
      );
    }
    const regional = await tx.municipality.count({
      where: { id: { in: leads.map((l) => l.municipalityId) }, regionId: agreement.regionId },
    });
    if (regional !== new Set(leads.map((l) => l.municipalityId)).size || regional !== leads.length) {
      throw new Refusal("Vælg hver leadkommune én gang blandt regionens kommuner.", { field: "amounts" });
    }

    const before = await loadAgreement({ db: tx, agreementId: agreement.id });
    const rowsBefore = office.leads.map(({ municipalityId, yearlyAmount, fromYear: from, toYear: to }) => ({
      municipalityId,
      yearlyAmount,
      fromYear: from,
      toYear: to,
    }));
    for (const row of office.leads) {
      const from = row.fromYear ?? agreement.firstYear;
      const to = row.toYear ?? agreement.lastYear;
      if (to < fromYear) continue;
      if (from >= fromYear) await tx.officeLead.delete({ where: { id: row.id } });
      else await tx.officeLead.update({ where: { id: row.id }, data: { toYear: fromYear - 1 } });
    }
    for (const lead of leads) {
      await tx.officeLead.create({
        data: {
          officeId,
          municipalityId: lead.municipalityId,
          yearlyAmount: lead.amount,
          fromYear: fromYear === agreement.firstYear ? null : fromYear,
        },
      });
    }
    const after = await loadAgreement({ db: tx, agreementId: agreement.id });
    await writeShareSnapshots({
      db: tx,
      effects: shareEffects(before.input, after.input, (id, year) => id === officeId && year >= fromYear),
      cause: {
        kind: "LEAD_AMOUNTS",
        at: now,
        actorId: actor.id,
        note: () => leadsNote(fromYear, leads, after.municipalities),
      },
      municipalityIds: new Map(after.municipalities.map((m) => [m.code, m.id])),
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "settings.leads",
      entityType: "ClusterOffice",
      entityId: officeId,
      before: rowsBefore,
      after: { fromYear, leads },
    });
  });
}

/** "Ny leadfordeling fra 2024: Kalundborg 250.000 kr. og Guldborgsund 250.000 kr. pr. år" (the ledger's words). */
function leadsNote(
  fromYear: number,
  leads: { municipalityId: string; amount: number }[],
  municipalities: { id: string; name: string }[],
): string {
  const parts = leads.map(
    (lead) => `${municipalities.find((m) => m.id === lead.municipalityId)?.name ?? "?"} ${formatKroner(lead.amount)}`,
  );
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} og ${parts.at(-1)}` : (parts[0] ?? "ingen");
  return `Ny leadfordeling fra ${fromYear}: ${list} pr. år`;
}
