import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findCurrentAgreement, loadAgreement } from "@/lib/shares/load-agreement";
import { formatBasisPoints, formatKroner, formatNumber } from "@/lib/format";
import { DecisionBadge, StatusBadge } from "@/components/badges";

export const metadata: Metadata = { title: "Overblik" };

export default async function SecretariatPage({ searchParams }: { searchParams: Promise<{ aar?: string }> }) {
  await requirePermission("secretariat.view");
  const agreement = await findCurrentAgreement(db);
  if (!agreement) return <p>Der er ingen aftaler endnu.</p>;
  const view = await loadAgreement(db, agreement.id);
  const requested = Number((await searchParams).aar);
  const year = view.years.includes(requested) ? requested : view.years[0]!;
  const totalPopulation = view.municipalities.reduce((sum, m) => sum + m.population, 0);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{view.agreement.region.kkrName}: overblik</h1>
        <p className="text-slate-700">
          {agreement.name} · tærskel {formatBasisPoints(agreement.thresholdBasisPoints)} · leadbidrag{" "}
          {formatKroner(agreement.leadContribution)} · pulje {formatKroner(agreement.nonLeadPool)} pr. kontor pr. år
        </p>
      </div>

      <nav aria-label="Vælg år" className="flex flex-wrap gap-2">
        {view.years.map((y) => (
          <a key={y} href={`?aar=${y}`} aria-current={y === year ? "page" : undefined}
            className={`rounded border px-3 py-1 ${y === year ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}>
            {y}
          </a>
        ))}
      </nav>

      <section aria-labelledby="offices-heading">
        <h2 id="offices-heading" className="text-xl font-semibold">Klyngekontorer {year}</h2>
        <ul className="mt-3 grid gap-4 sm:grid-cols-2">
          {view.offices.map((office) => {
            const { allocation } = view.allocationFor(office.id, year);
            const participating = allocation.yes + allocation.pending;
            return (
              <li key={office.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`office-card-${office.slug}`}>
                <div className="flex items-start justify-between gap-2">
                  <h3 className="font-semibold">{office.name}</h3>
                  <StatusBadge status={allocation.status} />
                </div>
                <p className="text-sm text-slate-700">{office.city} · lead: {office.leads.map((l) => l.municipality.name).join(" og ")}</p>
                <p className="mt-2">
                  {participating} af {allocation.eligible} deltager — krav {allocation.required}
                </p>
                <meter min={0} max={allocation.eligible} low={allocation.required} optimum={allocation.eligible}
                  value={participating} className="mt-1 w-full" aria-label={`Deltagelse for ${office.name}`} />
                <p className="text-sm text-slate-700">Ja {allocation.yes} · Nej {allocation.no} · Afventer {allocation.pending} · i alt {formatKroner(allocation.total)}</p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading" className="text-xl font-semibold">Kommunernes beslutninger {year}</h2>
        <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Kommuner, indbyggertal og beslutning pr. klyngekontor i {year}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">Kommune</th>
                <th scope="col" className="px-3 py-2 text-right">Indbyggere</th>
                {view.offices.map((office) => <th key={office.id} scope="col" className="px-3 py-2">{office.name}</th>)}
              </tr>
            </thead>
            <tbody>
              {view.municipalities.map((m) => (
                <tr key={m.code} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-2 font-medium"><a href={`/kommuner/${m.code}`} className="text-brand-700 underline">{m.name}</a></th>
                  <td className="px-3 py-2 text-right tabular-nums">{formatNumber(m.population)}</td>
                  {view.offices.map((office) => {
                    const entry = view.allocationFor(office.id, year);
                    const state = entry.leads.some((l) => l.code === m.code) ? "LEAD" : entry.states.find((s) => s.code === m.code)!.state;
                    return <td key={office.id} className="px-3 py-2"><DecisionBadge state={state} /></td>;
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-300 font-semibold">
              <tr>
                <th scope="row" className="px-3 py-2">I alt</th>
                <td className="px-3 py-2 text-right tabular-nums" data-testid="population-total">{formatNumber(totalPopulation)}</td>
                <td colSpan={view.offices.length} />
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
    </div>
  );
}
