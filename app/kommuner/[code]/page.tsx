import type { Metadata } from "next";
import { requireMunicipality } from "@/lib/municipalities/require-municipality";
import { loadMunicipalityOverview } from "@/lib/shares/load-municipality-overview";
import { formatDate, formatKroner } from "@/lib/format";
import Link from "next/link";
import { DecisionBadge, ProvisionalMark } from "@/components/badges";
import { Notice } from "@/components/form-messages";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Kommune" };

export default async function MunicipalityPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ gemt?: string }>;
}) {
  const { code } = await params;
  const { gemt } = await searchParams;
  const { user, municipality } = await requireMunicipality({ code, permission: "municipality.view" });
  const overview = await loadMunicipalityOverview({ municipality });
  if (!overview) return <p>Der er ingen aftale for jeres region endnu.</p>;
  const hasProvisional = overview.totals.some((t) => t.provisional);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{municipality.name} Kommune</h1>
        <p className="text-slate-700">{overview.agreement.name}</p>
      </div>
      {gemt && <Notice>Beslutningen er gemt, og beløbene er beregnet igen.</Notice>}
      <div className="flex flex-wrap gap-3">
        {can(user, "decision.record", { municipalityId: municipality.id }) && (
          <Link
            href={`/kommuner/${code}/beslutninger/ny`}
            className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            Registrér beslutning
          </Link>
        )}
        <Link
          href={`/kommuner/${code}/historik`}
          className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
        >
          Historik og ændringer
        </Link>
        <Link
          href={`/kommuner/${code}/opgoerelse`}
          className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
        >
          Opgørelse til byrådet
        </Link>
      </div>
      {hasProvisional && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-950">
          Beløb markeret <strong>(foreløbig)</strong> bygger på, at kommunen deltager, fordi beslutningen endnu ikke er
          registreret.
        </p>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Beslutning og beløb pr. klyngekontor pr. år</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Klyngekontor
              </th>
              {overview.years.map((year) => (
                <th key={year} scope="col" className="px-3 py-2 text-right">
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
                    <DecisionBadge state={cell.state} />
                    <span className="mt-1 block tabular-nums">
                      {formatKroner(cell.amount)}
                      {cell.provisional && <ProvisionalMark />}
                    </span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-300 font-semibold">
            <tr>
              <th scope="row" className="px-3 py-2">
                I alt pr. år
              </th>
              {overview.totals.map((t) => (
                <td key={t.year} className="px-3 py-2 text-right tabular-nums" data-testid={`total-${t.year}`}>
                  {formatKroner(t.amount)}
                  {t.provisional && <ProvisionalMark />}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
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
