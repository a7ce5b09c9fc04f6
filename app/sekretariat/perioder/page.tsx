import type { Metadata } from "next";
import Link from "next/link";
import { requireRegion } from "@/lib/periods/require-period";
import { loadPeriods } from "@/lib/periods/load-periods";
import { formatDate, formatNumber } from "@/lib/format";
import { RegionPicker } from "@/components/period-picker";
import { PeriodForm } from "./period-form";
import { ScrollBox } from "@/components/scroll-box";

export const metadata: Metadata = { title: "Perioder" };

export default async function PeriodsPage({ searchParams }: { searchParams: Promise<{ kkr?: string; fra?: string }> }) {
  const { kkr, fra } = await searchParams;
  const { region, regions } = await requireRegion({ permission: "periods.manage", kkr });
  const { periods, municipalities, basisDates, draft } = await loadPeriods({ regionId: region.id, from: fra });

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Aftaleperioder i {region.kkrName}</h1>
      <RegionPicker regions={regions} current={region} />
      {periods.length === 0 ? (
        <p>Der er ingen perioder endnu.</p>
      ) : (
        <ScrollBox>
          <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm" data-testid="periods">
            <caption className="sr-only">Regionens aftaleperioder</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Periode
                </th>
                <th scope="col" className="px-3 py-2">
                  År
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Kontorer
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Beslutninger
                </th>
                <th scope="col" className="px-3 py-2">
                  Befolkningstal
                </th>
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => (
                <tr key={period.id} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-2 font-medium">
                    <Link href={`/sekretariat?periode=${period.id}`} className="text-brand-700 underline">
                      {period.name}
                    </Link>
                  </th>
                  <td className="px-3 py-2">
                    {period.firstYear}–{period.lastYear}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{period.offices}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{period.decisions}</td>
                  <td className="px-3 py-2">
                    pr. {formatDate(period.populationBasisDate)}
                    {period.populationNote && (
                      <span className="block text-xs text-amber-900">{period.populationNote}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <section aria-labelledby="new-period-heading" className="space-y-3">
        <h2 id="new-period-heading" className="text-xl font-semibold">
          Ny periode
        </h2>
        <p className="text-slate-700">
          {draft.sourceId
            ? "Udfyldt ud fra den seneste periode: ret det, der er anderledes, se opsummeringen, og opret perioden. "
            : ""}
          Intet i tidligere perioder ændres. Befolkningstallene skal være importeret for hele regionen (under
          Befolkningstal), før de kan vælges.
        </p>
        {basisDates.length === 0 ? (
          <p className="rounded border border-amber-300 bg-amber-50 p-3">
            Der er ingen fuldstændige befolkningstal for regionen endnu.{" "}
            <Link href="/sekretariat/befolkning" className="text-brand-700 underline">
              Importér befolkningstal
            </Link>
            .
          </p>
        ) : (
          <PeriodForm
            regionCode={region.code}
            draft={draft}
            municipalities={municipalities}
            basisDates={basisDates.map((basis) => ({
              date: basis.date.toISOString().slice(0, 10),
              label: `${formatDate(basis.date)} (${formatNumber(basis.population)} indbyggere)`,
            }))}
          />
        )}
      </section>
    </div>
  );
}
