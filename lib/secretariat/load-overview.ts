/** The secretariat's overview for one year: per office the gauge and early warning, and the decision matrix. */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { noMargin, type DecisionState, type ThresholdStatus } from "../allocation";
import { loadCurrentAgreementCached } from "../shares/agreement-cache";
import { pickYear } from "../shares/pick-year";

export type OverviewFilters = { kontor?: string; status?: string; mangler?: string };
export type MatrixCell = { officeId: string; state: DecisionState | "LEAD"; meetingDate?: Date };

export async function loadOverview({
  year: requestedYear,
  filters,
  db = appDb,
}: {
  year?: string;
  filters: OverviewFilters;
  db?: DbClient;
}) {
  const view = await loadCurrentAgreementCached({ db });
  if (!view) return null;
  const year = pickYear(view.years, requestedYear);
  const meetingDates = new Map(view.decisions.map((d) => [d.id, d.meetingDate]));

  const allOffices = view.offices.map((office) => {
    const { allocation } = view.allocationFor(office.id, year);
    return {
      id: office.id,
      name: office.name,
      city: office.city,
      leads: office.leads.map((l) => l.municipality.name),
      allocation,
      margin: noMargin(allocation),
    };
  });
  const offices = allOffices.filter(
    (o) =>
      (!filters.kontor || o.id === filters.kontor) &&
      (!filters.status || o.allocation.status === (filters.status as ThresholdStatus)),
  );
  const rows = view.municipalities
    .map((m) => ({
      code: m.code,
      name: m.name,
      population: m.population,
      cells: offices.map((office): MatrixCell => {
        const entry = view.allocationFor(office.id, year);
        if (entry.leads.some((l) => l.code === m.code)) return { officeId: office.id, state: "LEAD" };
        const state = entry.states.find((s) => s.code === m.code)!;
        return {
          officeId: office.id,
          state: state.state,
          meetingDate: state.decisionId ? meetingDates.get(state.decisionId) : undefined,
        };
      }),
    }))
    .filter((row) => filters.mangler !== "1" || row.cells.some((c) => c.state === "PENDING"));

  return {
    agreement: view.agreement,
    years: view.years,
    year,
    allOffices,
    offices,
    rows,
    totalPopulation: view.municipalities.reduce((sum, m) => sum + m.population, 0),
  };
}
