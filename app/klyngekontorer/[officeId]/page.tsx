import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PeriodPicker } from "@/components/period-picker";
import { requireOffice } from "@/lib/offices/require-office";
import { loadOfficeFinancing } from "@/lib/offices/load-office-financing";
import { formatDate, formatKroner } from "@/lib/format";
import { ProvisionalMark, StatusBadge } from "@/components/badges";
import { EvaluationTable } from "@/components/evaluation-table";
import { AwaitingEvaluations } from "@/components/awaiting-evaluations";
import { loadAwaitingEvaluations, loadEvaluationOverview } from "@/lib/evaluations/load-evaluation-overview";
import { EVALUATION_STATUS_LABELS } from "@/lib/evaluations/evaluation-status";
import { ScrollBox } from "@/components/scroll-box";

export const metadata: Metadata = { title: "Klyngekontor" };

export default async function OfficePage({ params }: { params: Promise<{ officeId: string }> }) {
  const { officeId } = await params;
  const { office } = await requireOffice({ officeId, permission: "office.view" });
  const [view, evaluations] = await Promise.all([
    loadOfficeFinancing({ office }),
    loadEvaluationOverview({ agreementId: office.agreementId, officeId: office.id }),
  ]);
  if (!view) notFound();
  const { names, entries } = view;
  const awaiting = await loadAwaitingEvaluations({
    waitingFor: "office",
    officeIds: view.periods.map((p) => p.officeId).filter((id) => id !== office.id),
  });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{office.name}</h1>
        <p className="text-slate-700">
          {office.field} · {office.city} · {view.agreement.name}
        </p>
      </div>
      {view.periods.length > 1 && (
        <PeriodPicker
          periods={view.periods}
          current={view.periods.find((p) => p.officeId === office.id)!}
          hrefOf={(p) => `/klyngekontorer/${(p as (typeof view.periods)[number]).officeId}`}
        />
      )}
      <section aria-labelledby="evaluations-heading">
        <h2 id="evaluations-heading" className="mb-3 text-xl font-semibold">
          Årlige evalueringer
        </h2>
        <AwaitingEvaluations
          heading="Venter på jer i en anden periode:"
          headingLevel="h3"
          awaiting={awaiting}
          linkText={(a) => `Evaluering ${a.year}`}
          detail={(a) => `${EVALUATION_STATUS_LABELS[a.status]}, frist ${formatDate(a.dueDate)}`}
        />
        <EvaluationTable rows={evaluations} showOffice={false} />
      </section>
      <section aria-labelledby="financing-heading">
        <h2 id="financing-heading" className="text-xl font-semibold">
          Finansiering pr. år
        </h2>
        <ScrollBox className="mt-3 rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Kommunernes bidrag til {office.name} pr. år</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Kommune
                </th>
                {view.years.map((year) => (
                  <th key={year} scope="col" className="px-3 py-2 text-right">
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {entries[0]!.leads.map((lead) => (
                <tr key={lead.code} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-2 font-medium">
                    {names.get(lead.code)} (lead)
                  </th>
                  {entries.map((e) => (
                    <td key={e.year} className="px-3 py-2 text-right tabular-nums">
                      {formatKroner(e.leads.find((l) => l.code === lead.code)!.amount)}
                    </td>
                  ))}
                </tr>
              ))}
              {entries[0]!.states.map(({ code }) => (
                <tr key={code} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-2 font-normal">
                    {names.get(code)}
                  </th>
                  {entries.map((e) => {
                    const share = e.allocation.shares.find((s) => s.code === code);
                    return (
                      <td key={e.year} className="px-3 py-2 text-right tabular-nums">
                        {formatKroner(share?.amount ?? 0)}
                        {/* As on the overview and the municipality's page: every amount of a year not yet
                            settled may change, not only the undecided municipality's. */}
                        {!e.settled && (share?.amount ?? 0) > 0 && <ProvisionalMark />}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-300 font-semibold">
              <tr>
                <th scope="row" className="px-3 py-2">
                  I alt
                </th>
                {entries.map((e) => (
                  <td key={e.year} className="px-3 py-2 text-right tabular-nums">
                    {formatKroner(e.allocation.total)}
                    <span className="mt-1 block">
                      <StatusBadge status={e.allocation.status} />
                    </span>
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </ScrollBox>
      </section>
    </div>
  );
}
