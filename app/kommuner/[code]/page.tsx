import type { Metadata } from "next";
import { requireMunicipality } from "@/lib/municipalities/require-municipality";
import { choosePeriod } from "@/lib/periods/require-period";
import { periodHref } from "@/lib/periods/period-href";
import { PeriodPicker } from "@/components/period-picker";
import { PopulationNote } from "@/components/population-note";
import { loadMunicipalityOverview } from "@/lib/shares/load-municipality-overview";
import { formatDate, formatKroner } from "@/lib/format";
import Link from "next/link";
import { AmountCell } from "@/components/amount-cell";
import { pickYear } from "@/lib/shares/pick-year";
import { MunicipalityNotes } from "./municipality-notes";
import { OfficeExplanation } from "./office-explanation";
import { Notice } from "@/components/form-messages";
import { can } from "@/lib/auth/permissions";
import { ScrollTable } from "@/components/scroll-table";
import { CouncilDownloads } from "./council-downloads";

export const metadata: Metadata = { title: "Kommune" };

export default async function MunicipalityPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ gemt?: string; periode?: string }>;
}) {
  const { code } = await params;
  const { gemt, periode } = await searchParams;
  const { user, municipality } = await requireMunicipality({ code, permission: "municipality.view" });
  const { periods, period } = await choosePeriod({ regionId: municipality.regionId, periode });
  if (!period) return <p>Der er ingen aftale for jeres region endnu.</p>;
  const overview = await loadMunicipalityOverview({ municipality, agreementId: period.id, userId: user.id });
  if (!overview) return <p>Der er ingen aftale for jeres region endnu.</p>;
  const withPeriod = (path: string) => periodHref(path, { periode: period.id });
  const explainedYear = pickYear(overview.years, undefined);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{municipality.name} Kommune</h1>
        <p className="text-slate-700">{overview.agreement.name}</p>
        <PopulationNote agreement={overview.agreement} />
      </div>
      <PeriodPicker periods={periods} current={period} />
      {gemt && <Notice>Beslutningen er gemt, og beløbene er beregnet igen.</Notice>}
      <div className="flex flex-wrap gap-3">
        {can(user, "decision.record", { municipalityId: municipality.id }) && (
          <Link
            href={withPeriod(`/kommuner/${code}/beslutninger/ny`)}
            className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            Registrér beslutning
          </Link>
        )}
        <Link
          href={withPeriod(`/kommuner/${code}/historik`)}
          className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
        >
          Historik og ændringer
        </Link>
        <Link
          href={withPeriod(`/kommuner/${code}/opgoerelse`)}
          className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
        >
          Opgørelse til byrådet
        </Link>
      </div>
      <MunicipalityNotes overview={overview} thresholdBasisPoints={overview.agreement.thresholdBasisPoints} />
      <ScrollTable
        label="Beslutning og beløb pr. klyngekontor pr. år"
        hint={`Tabellen er bredere end skærmen: stryg til siden for at se alle år. Den åbner ved ${explainedYear}.`}
      >
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Beslutning og beløb pr. klyngekontor pr. år</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Klyngekontor
              </th>
              {overview.years.map((year) => (
                <th
                  key={year}
                  scope="col"
                  className="px-3 py-2 text-right"
                  data-current-column={year === explainedYear || undefined}
                >
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.offices.map(({ office, years, latestDecision }) => (
              <tr
                key={office.id}
                className="border-t border-slate-200 align-top"
                data-testid={`office-row-${office.slug}`}
              >
                <th scope="row" className="px-3 py-2">
                  <span className="font-medium">{office.name}</span>
                  <span className="block text-xs font-normal text-slate-700">
                    {latestDecision
                      ? `Seneste beslutning: ${formatDate(latestDecision.meetingDate)}, ${latestDecision.councilBody}, ${latestDecision.caseReference}`
                      : "Ingen beslutning registreret"}
                  </span>
                </th>
                {years.map((cell) => (
                  <td
                    key={cell.year}
                    className="px-3 py-2 text-right"
                    data-testid={`amount-${office.slug}-${cell.year}`}
                  >
                    <AmountCell cell={cell} explanationId={`forklaring-${office.slug}`} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-300">
            <tr className="font-semibold">
              <th scope="row" className="px-3 py-2">
                I alt pr. år
              </th>
              {overview.totals.map((t) => (
                <td key={t.year} className="px-3 py-2 text-right tabular-nums">
                  <span data-testid={`total-${t.year}`}>{formatKroner(t.amount)}</span>
                  {t.provisional && <span className="block text-xs font-medium text-amber-900">(foreløbig)</span>}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row" className="px-3 py-2 font-normal">
                Højst pr. år{" "}
                <span className="block text-xs text-slate-700">det mest, kommunen kan komme til at betale</span>
              </th>
              {overview.totals.map((t) => (
                <td key={t.year} className="px-3 py-2 text-right tabular-nums" data-testid={`ceiling-total-${t.year}`}>
                  {formatKroner(t.ceiling)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </ScrollTable>
      <CouncilDownloads code={code} period={period} years={overview.years} currentYear={explainedYear} />
      <section aria-labelledby="explanation-heading" className="space-y-3">
        <h2 id="explanation-heading" className="text-xl font-semibold">
          Sådan er beløbene beregnet ({explainedYear})
        </h2>
        {overview.offices.map(({ office, years }) => (
          <OfficeExplanation
            key={office.id}
            id={`forklaring-${office.slug}`}
            officeName={office.name}
            municipalityName={municipality.name}
            population={overview.population}
            cell={years.find((cell) => cell.year === explainedYear)!}
          />
        ))}
      </section>
      <section aria-labelledby="evaluations-heading">
        <h2 id="evaluations-heading" className="text-xl font-semibold">
          Godkendte evalueringer
        </h2>
        <p className="text-slate-700">Klyngekontorernes årlige evalueringer for de år, kommunen medfinansierer.</p>
        {overview.approvedEvaluations.length === 0 ? (
          <p className="mt-2">Der er ingen godkendte evalueringer endnu.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {overview.approvedEvaluations.map((e) => (
              <li key={e.id}>
                <Link
                  href={`/klyngekontorer/${e.officeId}/evalueringer/${e.year}`}
                  className="text-brand-700 underline"
                >
                  {e.office.name}: evaluering {e.year}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
