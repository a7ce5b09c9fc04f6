import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireMunicipality } from "@/lib/municipalities/require-municipality";
import { choosePeriod } from "@/lib/periods/require-period";
import { PeriodPicker } from "@/components/period-picker";
import { PopulationNote } from "@/components/population-note";
import { loadMunicipalityOverview } from "@/lib/shares/load-municipality-overview";
import { DECISION_LABELS, formatDate, formatKroner } from "@/lib/format";
import { PrintButton } from "@/components/print-button";
import { pickYear } from "@/lib/shares/pick-year";
import { CouncilDownloads } from "../council-downloads";

export const metadata: Metadata = { title: "Opgørelse" };

/** One printable page for a council item: what the municipality pays per office per year. */
export default async function StatementPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ periode?: string }>;
}) {
  const { code } = await params;
  const { municipality } = await requireMunicipality({ code, permission: "municipality.view" });
  const { periods, period } = await choosePeriod({
    regionId: municipality.regionId,
    periode: (await searchParams).periode,
  });
  if (!period) notFound();
  const overview = await loadMunicipalityOverview({ municipality, agreementId: period.id });
  if (!overview) notFound();
  const periodTotal = overview.totals.reduce((sum, t) => sum + t.amount, 0);
  const label = (state: string) => (state === "LEAD" ? "Lead" : DECISION_LABELS[state as keyof typeof DECISION_LABELS]);

  return (
    <article className="space-y-4">
      <div className="no-print space-y-3">
        <PeriodPicker periods={periods} current={period} />
        <PrintButton />
        <CouncilDownloads
          code={code}
          period={period}
          years={overview.years}
          currentYear={pickYear(overview.years, undefined)}
        />
      </div>
      <header>
        <h1 className="text-2xl font-semibold">
          {municipality.name} Kommunes medfinansiering af de regionale klyngekontorer
        </h1>
        <p className="text-slate-700">
          {municipality.region.kkrName} · {overview.agreement.name} · befolkningstal pr.{" "}
          {formatDate(overview.agreement.populationBasisDate)} · opgjort {formatDate(new Date())}
        </p>
        <PopulationNote agreement={overview.agreement} />
      </header>
      <table className="w-full text-left text-sm" data-testid="statement">
        <caption className="sr-only">Beløb pr. klyngekontor pr. år</caption>
        <thead className="border-b-2 border-slate-300">
          <tr>
            <th scope="col">Klyngekontor</th>
            {overview.years.map((y) => (
              <th key={y} scope="col" className="text-right">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overview.offices.map(({ office, years }) => (
            <tr key={office.id} className="border-t border-slate-200">
              <th scope="row" className="py-1 font-normal">
                {office.name}
              </th>
              {years.map((cell) => (
                <td key={cell.year} className="text-right tabular-nums">
                  {formatKroner(cell.amount)}
                  {!cell.settled && cell.state !== "NO" ? " *" : ""}
                  <span className="block text-xs text-slate-700">{label(cell.state)}</span>
                  {cell.ceiling > cell.amount && (
                    <span className="block text-xs text-slate-700">højst {formatKroner(cell.ceiling)}</span>
                  )}
                  {(cell.overApproved || cell.ceilingOverApproved) && (
                    <span className="block text-xs font-medium text-red-800">
                      over bevilling ({formatKroner(cell.approved!)})
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 font-semibold">
          <tr>
            <th scope="row" className="py-1">
              I alt pr. år
            </th>
            {overview.totals.map((t) => (
              <td key={t.year} className="text-right tabular-nums">
                {formatKroner(t.amount)}
                {t.provisional ? " *" : ""}
              </td>
            ))}
          </tr>
          <tr className="font-normal">
            <th scope="row" className="py-1">
              Højst pr. år
            </th>
            {overview.totals.map((t) => (
              <td key={t.year} className="text-right tabular-nums" data-testid={`statement-ceiling-${t.year}`}>
                {formatKroner(t.ceiling)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className="py-1">
              I alt for perioden
            </th>
            <td colSpan={overview.years.length} className="text-right tabular-nums">
              {formatKroner(periodTotal)}
            </td>
          </tr>
          <tr className="font-normal">
            <th scope="row" className="py-1">
              Højst for perioden
            </th>
            <td colSpan={overview.years.length} className="text-right tabular-nums">
              {formatKroner(overview.totals.reduce((sum, t) => sum + t.ceiling, 0))}
            </td>
          </tr>
        </tfoot>
      </table>
      {overview.totals.some((t) => t.provisional) && (
        <p className="text-sm">
          * Foreløbigt beløb: det kan stadig ændre sig, fordi en kommune ikke har besluttet sig, kontoret mangler en
          leadkommune, eller en reduceret pulje ikke er aftalt. «Højst» er det mest, kommunen kan komme til at betale.
        </p>
      )}
      <p className="text-sm text-slate-700">
        Fordelingen følger KKR&apos;s anbefaling: leadkommunen betaler sit faste bidrag; puljen fordeles mellem de
        deltagende kommuner efter indbyggertal (største-rest-metoden i hele kroner). Totalen fastholdes, så længe mindst{" "}
        {overview.agreement.thresholdBasisPoints / 100} % af de øvrige kommuner deltager.
      </p>
    </article>
  );
}
