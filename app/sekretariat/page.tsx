import type { Metadata } from "next";
import { requireRegionPeriod } from "@/lib/periods/require-period";
import { kkrParam, NoPeriod, PeriodBar } from "./period-bar";
import { loadOverview, type OverviewFilters } from "@/lib/secretariat/load-overview";
import { formatBasisPoints, formatKroner, STATUS_LABELS } from "@/lib/format";
import { YearPicker } from "@/components/year-picker";
import { OfficeGauges } from "./office-gauges";
import { DecisionMatrix, type MatrixView } from "./decision-matrix";
import { periodHref } from "@/lib/periods/period-href";
import { ArrivalNotice } from "@/components/arrival-notice";

export const metadata: Metadata = { title: "Overblik" };

export default async function SecretariatPage({
  searchParams,
}: {
  searchParams: Promise<
    OverviewFilters & { aar?: string; periode?: string; kkr?: string; visning?: string; oprettet?: string }
  >;
}) {
  // `oprettet`: the period was just created (app/sekretariat/perioder/actions.ts) — said once, where the user lands.
  const { aar, periode, kkr, visning, oprettet, ...filters } = await searchParams;
  // The matrix shows decisions unless amounts are asked for (a link, so it works without JavaScript).
  const view: MatrixView = visning === "beloeb" ? "beloeb" : "status";
  const context = await requireRegionPeriod({ permission: "secretariat.view", periode, kkr });
  if (!context.period) return <NoPeriod context={context} />;
  const overview = await loadOverview({
    agreementId: context.period.id,
    version: context.period.dataVersion,
    year: aar,
    filters,
  });
  if (!overview) return <NoPeriod context={context} />;
  const { agreement, year } = overview;
  const keep = { periode: context.period.id, kkr: kkrParam(context) };
  const select = "mt-1 block rounded border border-slate-400 bg-white px-2 py-1";

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{agreement.region.kkrName}: overblik</h1>
        <p className="text-slate-700">
          {agreement.name} · tærskel {formatBasisPoints(agreement.thresholdBasisPoints)} ·{" "}
          {overview.sameAmounts
            ? `leadbidrag ${formatKroner(overview.sameAmounts.leadContribution)} · pulje ${formatKroner(overview.sameAmounts.nonLeadPool)} pr. kontor pr. år`
            : "leadbidrag og pulje står ved hvert kontor"}
        </p>
      </div>
      {oprettet && <ArrivalNotice param="oprettet">Perioden {agreement.name} er oprettet.</ArrivalNotice>}
      <PeriodBar context={context} period={context.period} />
      <YearPicker
        years={overview.years}
        current={year}
        params={{ ...filters, ...keep, visning: view === "beloeb" ? view : undefined }}
      />

      <form
        method="get"
        className="no-print flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
        aria-label="Filtrér overblikket"
      >
        <input type="hidden" name="aar" value={year} />
        <input type="hidden" name="periode" value={keep.periode} />
        {keep.kkr && <input type="hidden" name="kkr" value={keep.kkr} />}
        {view === "beloeb" && <input type="hidden" name="visning" value={view} />}
        <label className="text-sm font-medium">
          Klyngekontor
          <select name="kontor" defaultValue={filters.kontor ?? ""} className={select}>
            <option value="">Alle</option>
            {overview.allOffices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Status
          <select name="status" defaultValue={filters.status ?? ""} className={select}>
            <option value="">Alle</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name="mangler"
            value="1"
            defaultChecked={filters.mangler === "1"}
            className="h-4 w-4"
          />{" "}
          Kun kommuner, der mangler en beslutning
        </label>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
          Vis
        </button>
      </form>

      <section aria-labelledby="offices-heading">
        <h2 id="offices-heading" className="mb-3 text-xl font-semibold">
          Klyngekontorer {year}
        </h2>
        {overview.offices.length ? (
          <OfficeGauges offices={overview.offices} year={year} />
        ) : (
          <p>Ingen kontorer passer til filteret.</p>
        )}
      </section>
      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading" className="mb-3 text-xl font-semibold">
          {view === "beloeb" ? `Kommunernes beløb ${year}` : `Kommunernes beslutninger ${year}`}
        </h2>
        <nav aria-label="Vis i tabellen" className="no-print mb-3 flex flex-wrap items-center gap-2">
          <span className="text-sm font-medium text-slate-700">Vis:</span>
          {(
            [
              ["status", "Beslutninger"],
              ["beloeb", "Beløb"],
            ] as const
          ).map(([value, label]) => (
            <a
              key={value}
              href={periodHref("", {
                ...filters,
                ...keep,
                aar: year,
                visning: value === "beloeb" ? value : undefined,
              })}
              aria-current={view === value ? "page" : undefined}
              className={`rounded border px-3 py-1 text-sm ${view === value ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
            >
              {label}
            </a>
          ))}
        </nav>
        {overview.rows.length ? (
          <DecisionMatrix
            periodId={context.period.id}
            year={year}
            view={view}
            offices={overview.offices}
            rows={overview.rows}
          />
        ) : (
          <p data-testid="matrix-empty">
            {overview.offices.length
              ? `Ingen kommuner mangler en beslutning for de viste kontorer i ${year}.`
              : "Ingen kontorer passer til filteret."}
          </p>
        )}
      </section>
    </div>
  );
}
