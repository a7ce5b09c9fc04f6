/**
 * What one municipality sees: per office of the current agreement, the decision in force and the amount per
 * year (from the engine), the latest recorded decision, and a total per year.
 */
import { db as appDb } from "../db";
import type { DbClient as Database } from "../db/types";
import { amountFor } from "../allocation";
import { loadCurrentAgreementCached } from "./agreement-cache";

export async function loadMunicipalityOverview({
  municipality,
  db = appDb,
}: {
  municipality: { id: string; code: string; regionId: string };
  db?: Database;
}) {
  const view = await loadCurrentAgreementCached({ db, regionId: municipality.regionId });
  if (!view) return null;
  const { agreement } = view;

  const offices = view.offices.map((office) => {
    const isLead = office.leads.some((lead) => lead.municipalityId === municipality.id);
    const years = view.years.map((year) => {
      const entry = view.allocationFor(office.id, year);
      const { amount, provisional } = amountFor(entry, municipality.code);
      const state = isLead ? ("LEAD" as const) : entry.states.find((s) => s.code === municipality.code)!.state;
      return { year, amount, provisional, state, status: entry.allocation.status };
    });
    const latestDecision = view.decisions
      .filter((d) => d.officeId === office.id && d.municipalityId === municipality.id && d.supersededById === null)
      .at(0);
    return { office, isLead, years, latestDecision };
  });

  const totals = view.years.map((year, index) => ({
    year,
    amount: offices.reduce((sum, o) => sum + o.years[index]!.amount, 0),
    provisional: offices.some((o) => o.years[index]!.provisional),
  }));
  // Approved evaluations of the offices this municipality pays for (lead, or not "Nej") in that year.
  const approved = await db.evaluationReport.findMany({
    where: { status: "APPROVED", office: { agreementId: agreement.id } },
    include: { office: { select: { name: true } } },
    orderBy: [{ year: "asc" }],
  });
  const approvedEvaluations = approved.filter((report) => {
    const cell = offices.find((o) => o.office.id === report.officeId)?.years.find((y) => y.year === report.year);
    return cell !== undefined && cell.state !== "NO";
  });
  return { agreement: view.agreement, years: view.years, offices, totals, approvedEvaluations };
}
