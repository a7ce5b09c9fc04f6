/** The secretariat's overview for one year: per office the gauge and early warning, and the decision matrix. */
import { db as appDb } from "../db";
import { officeAmounts } from "../offices/office-amounts";
import type { DbClient } from "../db/types";
import { amountFor, noMargin, type DecisionState, type ThresholdStatus } from "../allocation";
import { deriveFromView, loadAgreementCached } from "../shares/agreement-cache";
import type { AgreementView } from "../shares/load-agreement";
import { pickYear } from "../shares/pick-year";

export type OverviewFilters = { kontor?: string; status?: string; mangler?: string };
export type MatrixCell = {
  officeId: string;
  state: DecisionState | "LEAD";
  meetingDate?: Date;
  /** What the municipality pays the office this year (its lead amount, its share, or 0), and whether that can change. */
  amount: number;
  provisional: boolean;
};

export async function loadOverview({
  agreementId,
  version,
  year: requestedYear,
  filters,
  db = appDb,
}: {
  agreementId: string;
  /** Its dataVersion, if the page read it with the period (loadAgreementCached). */
  version?: number;
  year?: string;
  filters: OverviewFilters;
  db?: DbClient;
}) {
  const view = await loadAgreementCached({ db, agreementId, version });
  if (!view) return null;
  const year = pickYear(view.years, requestedYear);
  // Derived from the computed agreement only: kept with it until the next save (issue 17).
  const key = JSON.stringify(["overview", year, filters.kontor ?? "", filters.status ?? "", filters.mangler ?? ""]);
  return deriveFromView(view, key, () => overviewOf(view, year, filters));
}

function overviewOf(view: AgreementView, year: number, filters: OverviewFilters) {
  const meetingDates = new Map(view.decisions.map((d) => [d.id, d.meetingDate]));

  const nameOf = (code: string) => view.municipalities.find((m) => m.code === code)!.name;
  const approvedOf = new Map(view.decisions.map((d) => [d.id, d.approvedAmountPerYear]));
  const allOffices = view.offices.map((office) => {
    const entry = view.allocationFor(office.id, year);
    const { allocation } = entry;
    // Municipalities whose amount — or the most it can become — exceeds what their council granted.
    const overApproved = [...entry.states, ...entry.leadStates].flatMap((state) => {
      const approved = state.decisionId ? approvedOf.get(state.decisionId) : null;
      if (approved === null || approved === undefined) return [];
      const payer = amountFor(entry, state.code);
      return payer.ceiling > approved
        ? [{ name: nameOf(state.code), approved, amount: payer.amount, ceiling: payer.ceiling }]
        : [];
    });
    // An agreed reduced pool stored for the year that does not apply, because the office is not reduced (issue 16).
    const override = view.input.offices.find((o) => o.id === office.id)?.poolOverrides.find((p) => p.year === year);
    return {
      id: office.id,
      name: office.name,
      city: office.city,
      lapsedPool: override && allocation.status !== "REDUCED" ? override.amount : null,
      leads: entry.leads.map((l) => nameOf(l.code)),
      leadMissing: entry.leadMissing,
      leadsLeft: entry.leadsLeft.map(nameOf),
      overApproved,
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
        const payer = amountFor(entry, m.code);
        // As on the municipality's page: an amount is foreløbig while its office-year is not settled (not for a "Nej").
        const provisional = !entry.settled && payer.state !== "NO";
        if (entry.leads.some((l) => l.code === m.code))
          return { officeId: office.id, state: "LEAD", amount: payer.amount, provisional };
        const state = entry.states.find((s) => s.code === m.code)!;
        return {
          officeId: office.id,
          state: state.state,
          meetingDate: state.decisionId ? meetingDates.get(state.decisionId) : undefined,
          amount: payer.amount,
          provisional,
        };
      }),
    }))
    // No office shown, no cell to show: an empty table of names and populations says nothing.
    .filter((row) => offices.length > 0 && (filters.mangler !== "1" || row.cells.some((c) => c.state === "PENDING")));

  // One line for the period when every office has the same amounts; otherwise they are shown per office.
  const amounts = view.offices.map((office) => officeAmounts(office, view.agreement));
  const sameAmounts = amounts.every(
    (a) => a.leadContribution === amounts[0]?.leadContribution && a.nonLeadPool === amounts[0]?.nonLeadPool,
  )
    ? (amounts[0] ?? officeAmounts({ leadContribution: null, nonLeadPool: null }, view.agreement))
    : null;
  return {
    agreement: view.agreement,
    sameAmounts,
    years: view.years,
    year,
    allOffices,
    offices,
    rows,
  };
}
