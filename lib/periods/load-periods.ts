/**
 * The periods page of a KKR region (issue 12): its periods, the population basis dates it has complete figures for,
 * and the new period's form filled in from the newest period (or the one named): the next years, the same offices,
 * amounts, threshold and leads — to be changed before anything is stored.
 */
import { db as appDb } from "../db";
import { danishYear } from "../clock";
import type { DbClient } from "../db/types";

export async function loadPeriods({ regionId, from, db = appDb }: { regionId: string; from?: string; db?: DbClient }) {
  const [periods, municipalities, figures] = await Promise.all([
    db.agreement.findMany({
      where: { regionId },
      orderBy: { firstYear: "asc" },
      include: {
        offices: {
          orderBy: { position: "asc" },
          include: { leads: { include: { municipality: { select: { name: true } } } } },
        },
        _count: { select: { offices: true } },
      },
    }),
    db.municipality.findMany({ where: { regionId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.populationFigure.groupBy({
      by: ["basisDate"],
      where: { municipality: { regionId } },
      _count: { _all: true },
      _sum: { value: true },
    }),
  ]);
  const decisions = await db.councilDecision.groupBy({
    by: ["officeId"],
    where: { office: { agreement: { regionId } } },
    _count: { _all: true },
  });
  const basisDates = figures
    .filter((f) => f._count._all === municipalities.length)
    .map((f) => ({ date: f.basisDate, population: f._sum.value ?? 0 }))
    .sort((a, b) => b.date.getTime() - a.date.getTime());
  const source = periods.find((p) => p.id === from) ?? periods.at(-1) ?? null;
  const length = source ? source.lastYear - source.firstYear + 1 : 4;
  const firstYear = source ? source.lastYear + 1 : danishYear();
  const draft = {
    sourceId: source?.id ?? "",
    name: source
      ? source.name.replace(/\d{4}\s*[-–]\s*\d{4}/, `${firstYear}-${firstYear + length - 1}`)
      : `Regionale klyngekontorer ${firstYear}-${firstYear + length - 1}`,
    firstYear,
    lastYear: firstYear + length - 1,
    thresholdPercent: source ? source.thresholdBasisPoints / 100 : 85,
    offices: (source?.offices ?? []).map((office) => ({
      sourceId: office.id,
      name: office.name,
      field: office.field,
      city: office.city,
      leadContribution: office.leadContribution ?? source!.leadContribution,
      nonLeadPool: office.nonLeadPool ?? source!.nonLeadPool,
      // The leads of the source period's last year carry over.
      leads: office.leads
        .filter((lead) => (lead.toYear ?? source!.lastYear) >= source!.lastYear)
        .map((lead) => ({ municipalityId: lead.municipalityId, amount: lead.yearlyAmount })),
    })),
  };
  return {
    periods: periods.map((p) => ({
      id: p.id,
      name: p.name,
      firstYear: p.firstYear,
      lastYear: p.lastYear,
      offices: p._count.offices,
      decisions: p.offices.reduce((sum, o) => sum + (decisions.find((d) => d.officeId === o.id)?._count._all ?? 0), 0),
      populationBasisDate: p.populationBasisDate,
      populationNote: p.populationNote,
    })),
    municipalities,
    basisDates,
    draft,
  };
}
