import type { Metadata } from "next";
import { requireRegionPeriod } from "@/lib/periods/require-period";
import { periodHref } from "@/lib/periods/period-href";
import { kkrParam, NoPeriod, PeriodBar } from "../period-bar";
import { loadAwaitingEvaluations, loadEvaluationOverview } from "@/lib/evaluations/load-evaluation-overview";
import { KPI_FIELDS } from "@/lib/evaluations/evaluation-schema";
import { formatCount, formatDate, formatNumber } from "@/lib/format";
import { EvaluationTable } from "@/components/evaluation-table";
import { AwaitingEvaluations } from "@/components/awaiting-evaluations";
import { KpiChart } from "./kpi-chart";
import { ScrollBox } from "@/components/scroll-box";

export const metadata: Metadata = { title: "Evalueringer" };

export default async function EvaluationsOverviewPage({
  searchParams,
}: {
  searchParams: Promise<{ periode?: string; kkr?: string }>;
}) {
  const { periode, kkr } = await searchParams;
  const context = await requireRegionPeriod({ permission: "secretariat.view", periode, kkr });
  if (!context.period) return <NoPeriod context={context} />;
  const keep = { periode: context.period.id, kkr: kkrParam(context) };
  const [rows, awaiting] = await Promise.all([
    loadEvaluationOverview({ agreementId: context.period.id }),
    // Handed in or late in the region's other periods: not hidden behind this period's page.
    context.periods.length > 1
      ? loadAwaitingEvaluations({
          waitingFor: "secretariat",
          regionId: context.region.id,
          exceptAgreementId: context.period.id,
        })
      : [],
  ]);
  const withKpis = rows.filter((r) => r.kpis);
  const overdue = rows.filter((r) => r.overdue).length;
  const link = "rounded border border-brand-700 px-3 py-1.5 font-medium text-brand-700 hover:bg-brand-50";

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Evalueringer</h1>
      <PeriodBar context={context} period={context.period} />
      {overdue > 0 && (
        <p role="status" className="rounded border border-red-400 bg-red-50 p-3 text-red-900">
          <span aria-hidden="true">⚠ </span>
          {formatCount(overdue, "evaluering er forsinket", "evalueringer er forsinkede")}.
        </p>
      )}
      <AwaitingEvaluations
        heading="I andre perioder"
        headingLevel="h2"
        awaiting={awaiting}
        linkText={(a) => `${a.officeName} ${a.year}`}
        detail={(a) =>
          a.status === "SUBMITTED"
            ? "afleveret, venter på jeres behandling"
            : `forsinket, frist ${formatDate(a.dueDate)}`
        }
      />
      <EvaluationTable rows={rows} />
      <section aria-labelledby="kpi-heading" className="space-y-3">
        <h2 id="kpi-heading" className="text-xl font-semibold">
          Nøgletal på tværs af kontorer og år
        </h2>
        <div className="flex flex-wrap gap-3">
          <a className={link} href={periodHref("/sekretariat/evalueringer/xlsx", keep)}>
            Hent som Excel (XLSX)
          </a>
          <a className={link} href={periodHref("/sekretariat/evalueringer/csv", keep)}>
            Hent som CSV
          </a>
        </div>
        {withKpis.length === 0 ? (
          <p className="text-slate-700">Der er ikke afleveret nogen evalueringer endnu.</p>
        ) : (
          <>
            <KpiChart
              rows={withKpis.map((r) => ({ label: `${r.officeName} ${r.year}`, value: r.kpis!.companiesEngaged }))}
              title="Antal virksomheder engageret"
            />
            <ScrollBox className="rounded-lg border border-slate-200 bg-white">
              <table className="w-full text-left text-sm" data-testid="kpi-table">
                <caption className="sr-only">Nøgletal pr. kontor og år (seneste afleverede version)</caption>
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      Kontor og år
                    </th>
                    {Object.values(KPI_FIELDS).map((l) => (
                      <th key={l} scope="col" className="px-3 py-2 text-right">
                        {l}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {withKpis.map((r) => (
                    <tr key={r.reportId} className="border-t border-slate-200">
                      <th scope="row" className="px-3 py-2 font-medium">
                        {r.officeName} {r.year}
                        {!r.approved && <span className="block text-xs font-normal">(ikke godkendt endnu)</span>}
                      </th>
                      {(Object.keys(KPI_FIELDS) as (keyof typeof KPI_FIELDS)[]).map((k) => (
                        <td key={k} className="px-3 py-2 text-right tabular-nums">
                          {formatNumber(r.kpis![k])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          </>
        )}
      </section>
    </div>
  );
}
