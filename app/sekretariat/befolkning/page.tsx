import type { Metadata } from "next";
import { requireRegion } from "@/lib/periods/require-period";
import { loadPeriods } from "@/lib/periods/load-periods";
import { formatDate, formatNumber, periodLabel } from "@/lib/format";
import { danishYear } from "@/lib/clock";
import { RegionPicker } from "@/components/period-picker";
import { PopulationForm } from "./population-form";

export const metadata: Metadata = { title: "Befolkningstal" };

export default async function PopulationPage({ searchParams }: { searchParams: Promise<{ kkr?: string }> }) {
  const { region, regions } = await requireRegion({ permission: "periods.manage", kkr: (await searchParams).kkr });
  const { basisDates, periods } = await loadPeriods({ regionId: region.id });
  // Which periods count with which figures: a period keeps the date it was made with (the agreement names it), so
  // figures imported for a later date are for the next period, and the page says so.
  const usedBy = (date: Date) =>
    periods.filter((p) => p.populationBasisDate.getTime() === date.getTime()).map((p) => periodLabel(p));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Befolkningstal for {region.name}</h1>
      <RegionPicker regions={regions} current={region} />
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="text-xl font-semibold">
          Fuldstændige befolkningstal
        </h2>
        {basisDates.length === 0 ? (
          <p>Der er ingen endnu.</p>
        ) : (
          <ul className="mt-2 list-disc pl-5">
            {basisDates.map((basis) => (
              <li key={basis.date.toISOString()}>
                pr. {formatDate(basis.date)}: {formatNumber(basis.population)} indbyggere —{" "}
                {usedBy(basis.date).length
                  ? `bruges af ${usedBy(basis.date).join(" og ")}`
                  : "bruges ikke af nogen periode endnu"}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="import-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="import-heading" className="text-xl font-semibold">
          Importér befolkningstal
        </h2>
        <p className="text-slate-700">
          En periode fordeler efter befolkningstallet på den dato, aftalen nævner, og som perioden blev oprettet med:
          tal for en senere dato ændrer ikke en periode, der er i gang, men kan vælges, når en ny periode oprettes.
        </p>
        <p className="text-slate-700">
          Hent tabellen FOLK1A i Statistikbanken (område: regionens kommuner eller hele landet, køn og alder i alt, ét
          kvartal) som semikolonsepareret CSV — eller en fil med to kolonner, <code>kode;indbyggere</code>. Du ser alle
          regionens kommuner med det nye og det forrige tal, før noget gemmes.
        </p>
        <PopulationForm regionCode={region.code} defaultDate={`${danishYear()}-01-01`} />
      </section>
    </div>
  );
}
