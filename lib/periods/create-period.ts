/**
 * Creates a new agreement period for a region (issue 12), usually from the previous one: the period, its offices
 * (copied — `predecessorId` — renamed, or new) with their own lead contribution, pool and decision deadline, the
 * leads with from/to years, a participation for every council and office, and the yearly evaluations (due 1 March
 * of the following year). One transaction with its audit row. Nothing of an older period changes.
 */
import type { Database } from "../db/create-client";
import type { DbClient } from "../db/types";
import { recordAuditEvent } from "../audit/record-audit-event";
import { Refusal } from "../actions/refusal";
import type { PeriodInput } from "./period-schema";

export type CreatePeriodOptions = {
  db: Database;
  actor: { id: string };
  regionId: string;
  input: PeriodInput;
  /** The period it is made from (its offices are the predecessors), if any. */
  sourceAgreementId?: string;
};

/** "Food & Bio Cluster Denmark" → "food-bio-cluster-denmark". */
export function officeSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .replaceAll("æ", "ae")
      .replaceAll("ø", "oe")
      .replaceAll("å", "aa")
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "kontor"
  );
}

/**
 * What the form's schema cannot know, checked against the database: the population figures on the basis date, no
 * overlap with another period, a new name, the source's offices. Run when the summary is shown and again when the
 * period is created, so «Se opsummering» never offers a period that «Opret perioden» then refuses.
 */
export async function checkNewPeriod({
  db,
  regionId,
  input,
  sourceAgreementId,
}: Pick<CreatePeriodOptions, "regionId" | "input" | "sourceAgreementId"> & { db: DbClient }) {
  const [municipalities, figures, periods, sourceOffices] = await Promise.all([
    db.municipality.findMany({ where: { regionId }, select: { id: true, name: true } }),
    db.populationFigure.findMany({
      where: { basisDate: input.populationBasisDate, municipality: { regionId } },
      select: { municipalityId: true },
    }),
    db.agreement.findMany({ where: { regionId } }),
    sourceAgreementId ? db.clusterOffice.findMany({ where: { agreementId: sourceAgreementId } }) : Promise.resolve([]),
  ]);
  const problems: Record<string, string> = {};
  const missing = municipalities.filter((m) => !figures.some((f) => f.municipalityId === m.id));
  if (missing.length) {
    problems.populationBasisDate =
      `Der mangler befolkningstal på datoen for ${missing.map((m) => m.name).join(", ")}. ` +
      "Importér tallene under Befolkningstal først.";
  }
  const overlapping = periods.find((p) => p.firstYear <= input.lastYear && input.firstYear <= p.lastYear);
  if (overlapping)
    problems.firstYear = `Årene overlapper perioden «${overlapping.name}» (${overlapping.firstYear}–${overlapping.lastYear}).`;
  if (periods.some((p) => p.name.toLowerCase() === input.name.toLowerCase()))
    problems.name = "Der findes allerede en periode med det navn.";
  input.office.forEach((office, o) => {
    if (office.sourceId && !sourceOffices.some((source) => source.id === office.sourceId)) {
      problems[`office.${o}.name`] = "Kontoret findes ikke i den periode, den nye laves ud fra.";
    }
  });
  if (Object.keys(problems).length) {
    throw new Refusal("Perioden er ikke oprettet. Ret de markerede felter.", { fieldErrors: problems });
  }
  return { municipalities, sourceOffices };
}

export async function createPeriod({ db, actor, regionId, input, sourceAgreementId }: CreatePeriodOptions) {
  const { municipalities, sourceOffices } = await checkNewPeriod({ db, regionId, input, sourceAgreementId });
  return db.$transaction(async (tx) => {
    const [first] = input.office;
    const agreement = await tx.agreement.create({
      data: {
        regionId,
        name: input.name,
        firstYear: input.firstYear,
        lastYear: input.lastYear,
        // The period's defaults; each office carries its own amounts (they may differ between offices).
        leadContribution: first!.leadContribution,
        nonLeadPool: first!.nonLeadPool,
        thresholdBasisPoints: input.thresholdPercent,
        populationBasisDate: input.populationBasisDate,
        populationNote: input.populationNote ?? null,
      },
    });
    const slugs = new Set<string>();
    for (const [position, office] of input.office.entries()) {
      const source = sourceOffices.find((s) => s.id === office.sourceId);
      let slug = source && source.name === office.name ? source.slug : officeSlug(office.name);
      while (slugs.has(slug)) slug = `${slug}-${position + 1}`;
      slugs.add(slug);
      const created = await tx.clusterOffice.create({
        data: {
          agreementId: agreement.id,
          slug,
          name: office.name,
          field: office.field ?? source?.field ?? "",
          city: office.city ?? source?.city ?? "",
          position,
          leadContribution: office.leadContribution,
          nonLeadPool: office.nonLeadPool,
          decisionDueDate: office.decisionDueDate ?? null,
          predecessorId: source?.id ?? null,
        },
      });
      for (const lead of office.lead) {
        await tx.officeLead.create({
          data: {
            officeId: created.id,
            municipalityId: lead.municipalityId,
            yearlyAmount: lead.amount,
            fromYear: lead.fromYear,
            toYear: lead.toYear,
          },
        });
      }
      await tx.participation.createMany({
        data: municipalities.map((m) => ({ municipalityId: m.id, officeId: created.id })),
      });
      for (let year = input.firstYear; year <= input.lastYear; year++) {
        await tx.evaluationReport.create({
          data: { officeId: created.id, year, dueDate: new Date(Date.UTC(year + 1, 2, 1)) },
        });
      }
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "period.created",
      entityType: "Agreement",
      entityId: agreement.id,
      after: { ...input, sourceAgreementId: sourceAgreementId ?? null },
    });
    return agreement;
  });
}
