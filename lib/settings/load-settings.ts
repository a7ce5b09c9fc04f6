/**
 * What the settings page shows: the current agreement computed, its agreed reduced pools with reasons, and per
 * office its leads by year (who leads when, for how much, which years "mangler lead") with the defaults of the form
 * that changes them from a year on; and which notice kinds are required (issue 13).
 */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { danishYear, now } from "../clock";
import { loadAgreementCached } from "../shares/agreement-cache";
import { loadRequiredKinds } from "../notices/required-notice-kinds";

export async function loadSettings({
  agreementId,
  db = appDb,
  today = now(),
}: {
  agreementId: string;
  db?: DbClient;
  today?: Date;
}) {
  const view = await loadAgreementCached({ db, agreementId });
  if (!view) return null;
  const { agreement } = view;
  const [overrides, requiredKinds] = await Promise.all([
    db.poolOverride.findMany({ where: { office: { agreementId: agreement.id } } }),
    loadRequiredKinds({ db, regionId: agreement.regionId }),
  ]);
  // A new split applies from this year by default: the current year, within the period.
  const defaultFromYear = Math.min(agreement.lastYear, Math.max(agreement.firstYear, danishYear(today)));
  const leadOffices = view.offices.map((office) => {
    const rows = office.leads.map((lead) => ({
      id: lead.id,
      municipalityId: lead.municipalityId,
      name: lead.municipality.name,
      amount: lead.yearlyAmount,
      fromYear: lead.fromYear ?? agreement.firstYear,
      toYear: lead.toYear ?? agreement.lastYear,
    }));
    const years = view.years.map((year) => {
      const entry = view.allocationFor(office.id, year);
      const names = entry.leadsLeft.map((code) => view.municipalities.find((m) => m.code === code)!.name);
      return { year, leadMissing: entry.leadMissing, left: names };
    });
    const leadIds = [...new Set(rows.map((row) => row.municipalityId))];
    const formLeads = leadIds.map((municipalityId) => {
      const inYear = rows.find(
        (row) =>
          row.municipalityId === municipalityId && row.fromYear <= defaultFromYear && defaultFromYear <= row.toYear,
      );
      const left = years.find((y) => y.year === defaultFromYear)?.left ?? [];
      const name = rows.find((row) => row.municipalityId === municipalityId)!.name;
      return {
        municipalityId,
        name,
        amount: inYear?.amount ?? 0,
        note: left.includes(name) ? "har meldt sig ud" : undefined,
      };
    });
    return { office, rows, years, formLeads };
  });
  const municipalities = view.municipalities.map((m) => ({ id: m.id, name: m.name }));
  const lapsedPools = await loadLapsedPools({ db, view, overrides });
  return { view, overrides, leadOffices, municipalities, defaultFromYear, requiredKinds, lapsedPools };
}

/**
 * Agreed reduced pools that do not apply now because their office-year is no longer REDUCED (issue 16): when that
 * happened and why — the recalculation in the ledger that took the office-year out of REDUCED, with its cause.
 */
async function loadLapsedPools({
  db,
  view,
  overrides,
}: {
  db: DbClient;
  view: NonNullable<Awaited<ReturnType<typeof loadAgreementCached>>>;
  overrides: { officeId: string; year: number; amount: number; reason: string }[];
}) {
  const lapsed = overrides.filter((o) => view.allocationFor(o.officeId, o.year)?.allocation.status !== "REDUCED");
  return Promise.all(
    lapsed.map(async (override) => {
      const snapshots = await db.shareSnapshot.findMany({
        where: { officeId: override.officeId, year: override.year },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          createdAt: true,
          status: true,
          cause: true,
          causeDecision: {
            select: {
              decision: true,
              effectiveFromYear: true,
              effectiveToYear: true,
              meetingDate: true,
              municipality: { select: { name: true } },
            },
          },
        },
      });
      // The last step out of REDUCED.
      const index = snapshots.findLastIndex(
        (s, i) => i > 0 && s.status !== "REDUCED" && snapshots[i - 1]!.status === "REDUCED",
      );
      const entry = view.allocationFor(override.officeId, override.year);
      return {
        ...override,
        officeName: view.offices.find((o) => o.id === override.officeId)!.name,
        status: entry.allocation.status,
        pool: entry.allocation.pool,
        since: index >= 0 ? snapshots[index]!.createdAt : null,
        cause: index >= 0 ? snapshots[index]!.causeDecision : null,
      };
    }),
  );
}
