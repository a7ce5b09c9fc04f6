import type { Metadata } from "next";
import { requireMunicipalityPeriod } from "@/lib/municipalities/require-municipality";
import { periodHref } from "@/lib/periods/period-href";
import { PeriodPicker } from "@/components/period-picker";
import { PopulationNote } from "@/components/population-note";
import { loadMunicipalityOverview } from "@/lib/shares/load-municipality-overview";
import Link from "next/link";
import { pickYear } from "@/lib/shares/pick-year";
import { YearPicker } from "@/components/year-picker";
import { MunicipalityNotes } from "./municipality-notes";
import { OfficeExplanations } from "./office-explanation";
import { ArrivalNotice } from "@/components/arrival-notice";
import { can } from "@/lib/auth/permissions";
import { AmountsTableSection } from "./amounts-table";
import { CouncilDownloads } from "./council-downloads";
import { DecisionDeadlineNote } from "@/components/decision-deadline-note";
import { loadPendingDeadlines } from "@/lib/municipalities/pending-deadlines";
import { now } from "@/lib/clock";
import { findMunicipalityByCode } from "@/lib/reference/denmark";

/** The tab says whose page it is (the name from the reference data, as the heading says it: no read). */
export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const municipality = findMunicipalityByCode((await params).code);
  return { title: municipality ? `${municipality.name} Kommune` : "Kommune" };
}

export default async function MunicipalityPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ gemt?: string; periode?: string; aar?: string }>;
}) {
  const { code } = await params;
  const { gemt, periode, aar } = await searchParams;
  const { user, municipality, periods, period, visit } = await requireMunicipalityPeriod({
    code,
    permission: "municipality.view",
    periode,
  });
  if (!period) return <p>Der er ingen aftale for jeres region endnu.</p>;
  const overview = await loadMunicipalityOverview({
    municipality,
    agreementId: period.id,
    version: period.dataVersion,
    userId: user.id,
    visit,
  });
  if (!overview) return <p>Der er ingen aftale for jeres region endnu.</p>;
  const pendingDeadlines = await loadPendingDeadlines({ code: municipality.code, periods, currentId: period.id });
  const withPeriod = (path: string) => periodHref(path, { periode: period.id });
  // The year whose amounts are explained: today's, or the one a "changed since your last visit" mark points to.
  const explainedYear = pickYear(overview.years, aar);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{municipality.name} Kommune</h1>
        <p className="text-slate-700">{overview.agreement.name}</p>
        <PopulationNote agreement={overview.agreement} />
      </div>
      <PeriodPicker periods={periods} current={period} />
      {gemt && <ArrivalNotice param="gemt">Beslutningen er gemt, og beløbene er beregnet igen.</ArrivalNotice>}
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
      <DecisionDeadlineNote offices={pendingDeadlines} today={now()} />
      <MunicipalityNotes overview={overview} thresholdBasisPoints={overview.agreement.thresholdBasisPoints} />
      <AmountsTableSection
        periodId={period.id}
        years={overview.years}
        currentYear={explainedYear}
        offices={overview.offices}
        totals={overview.totals}
      />
      <CouncilDownloads code={code} period={period} years={overview.years} />
      <section aria-labelledby="explanation-heading" className="space-y-3">
        <h2 id="explanation-heading" className="text-xl font-semibold">
          Sådan er beløbene beregnet ({explainedYear})
        </h2>
        <YearPicker
          years={overview.years}
          current={explainedYear}
          params={{ periode: period.id }}
          hash="explanation-heading"
          label="Vis beregningen for et andet år"
        />
        <OfficeExplanations
          offices={overview.offices}
          municipalityName={municipality.name}
          population={overview.population}
          year={explainedYear}
        />
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
