import type { Metadata } from "next";
import { requireRegionPeriod } from "@/lib/periods/require-period";
import { periodHref } from "@/lib/periods/period-href";
import { kkrParam, NoPeriod, PeriodBar } from "../period-bar";
import { loadAppendix } from "@/lib/appendix/load-appendix";
import { formatDate, formatKroner, formatNumber, STATUS_LABELS } from "@/lib/format";
import { DecisionBadge, ProvisionalMark } from "@/components/badges";
import { PrintButton } from "@/components/print-button";
import { YearPicker } from "@/components/year-picker";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Bilag" };
const percent = (bp: number) =>
  `${new Intl.NumberFormat("da-DK", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(bp / 100)} %`;

export default async function AppendixPage({
  searchParams,
}: {
  searchParams: Promise<{ aar?: string; periode?: string; kkr?: string }>;
}) {
  const { aar, periode, kkr } = await searchParams;
  const context = await requireRegionPeriod({ permission: "secretariat.view", periode, kkr });
  if (!context.period) return <NoPeriod context={context} />;
  const loaded = await loadAppendix({ agreementId: context.period.id, year: aar });
  if (!loaded) return <NoPeriod context={context} />;
  const keep = { periode: context.period.id, kkr: kkrParam(context) };
  const { appendix, years } = loaded;
  const anyProvisional = appendix.municipalityTotals.some((m) => m.provisional);
  const link = "rounded border border-brand-700 px-3 py-1.5 font-medium text-brand-700 hover:bg-brand-50";

  return (
    <article className="space-y-6 print:space-y-4">
      <header>
        <h1 className="text-2xl font-semibold">
          Bilag: kommunernes medfinansiering af klyngekontorerne {appendix.year}
        </h1>
        <p className="text-slate-700">
          {appendix.regionName} · {appendix.agreementName} · befolkningstal pr.{" "}
          {formatDate(appendix.populationBasisDate)} · dannet {formatDate(new Date())}
        </p>
        {anyProvisional && (
          <p className="mt-1 text-sm">
            Beløb markeret (foreløbig) kan stadig ændre sig: ikke alle kommuner har besluttet sig for klyngekontoret i
            året, eller kontorets finansiering er ikke afklaret.
          </p>
        )}
      </header>
      <PeriodBar context={context} period={context.period} />
      <YearPicker years={years} current={appendix.year} params={keep} />
      <div className="no-print flex flex-wrap gap-3">
        <a className={link} href={periodHref("/sekretariat/bilag/xlsx", { ...keep, aar: appendix.year })}>
          Hent som Excel (XLSX)
        </a>
        <a className={link} href={periodHref("/sekretariat/bilag/csv", { ...keep, aar: appendix.year })}>
          Hent som CSV
        </a>
        <PrintButton />
      </div>

      {appendix.offices.map((office) => (
        <section
          key={office.id}
          aria-labelledby={`office-${office.id}`}
          className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 print:border-0 print:p-0"
        >
          <h2 id={`office-${office.id}`} className="text-lg font-semibold">
            {office.name}
          </h2>
          <p className="text-sm text-slate-700">
            {STATUS_LABELS[office.status]} · {office.participants} af {office.eligible} deltager (krav {office.required}
            )
          </p>
          {office.leadMissing && (
            <p className="text-sm font-medium text-red-800">
              Mangler lead: leadbidraget mangler, indtil en ny lead eller fordeling er registreret.
            </p>
          )}
          {/* On a phone the table scrolls in its own box, not the page (WCAG 1.4.10). */}
          <div className="mt-2">
            <ScrollTable
              label={`Fordeling for ${office.name} i ${appendix.year}`}
              hint="Tabellen er bredere end skærmen: stryg til siden for at se alle kolonner."
            >
              <table className="w-full text-left text-sm [&_td]:px-2 [&_th]:px-2" data-testid={`appendix-${office.id}`}>
                <caption className="sr-only">
                  Fordeling for {office.name} i {appendix.year}
                </caption>
                <thead className="border-b border-slate-300">
                  <tr>
                    <th scope="col">Kommune</th>
                    <th scope="col" className="text-right">
                      Indbyggere
                    </th>
                    <th scope="col">Beslutning</th>
                    <th scope="col" className="text-right">
                      Beløb
                    </th>
                    <th scope="col" className="text-right">
                      Andel af puljen
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...office.leads, ...office.rows].map((row) => (
                    <tr key={row.code} className="border-t border-slate-100">
                      <th scope="row" className="py-0.5 font-normal">
                        {row.name}
                      </th>
                      <td className="text-right tabular-nums">{formatNumber(row.population)}</td>
                      <td>
                        <DecisionBadge state={row.state} />
                      </td>
                      <td className="text-right tabular-nums">
                        {formatKroner(row.amount)}
                        {row.provisional && <ProvisionalMark />}
                      </td>
                      <td className="text-right tabular-nums">
                        {row.state === "LEAD" ? "" : percent(row.poolBasisPoints)}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot className="border-t-2 border-slate-300 font-semibold">
                  <tr>
                    <th scope="row" colSpan={3}>
                      Σ kommuner (puljen)
                    </th>
                    <td className="text-right tabular-nums" data-testid="pool-sum">
                      {formatKroner(office.pool)}
                    </td>
                    <td />
                  </tr>
                  <tr>
                    <th scope="row" colSpan={3}>
                      I alt inkl. lead
                    </th>
                    <td className="text-right tabular-nums">{formatKroner(office.total)}</td>
                    <td />
                  </tr>
                </tfoot>
              </table>
            </ScrollTable>
          </div>
        </section>
      ))}

      <section
        aria-labelledby="totals-heading"
        className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 print:border-0 print:p-0"
      >
        <h2 id="totals-heading" className="text-lg font-semibold">
          Pr. kommune i alt
        </h2>
        <div className="mt-2">
          <ScrollTable
            label={`Hver kommunes samlede bidrag i ${appendix.year}`}
            hint="Tabellen er bredere end skærmen: stryg til siden for at se alle kolonner."
          >
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Hver kommunes samlede bidrag i {appendix.year}</caption>
              <thead className="border-b border-slate-300">
                <tr>
                  <th scope="col">Kommune</th>
                  <th scope="col" className="text-right">
                    I alt
                  </th>
                </tr>
              </thead>
              <tbody>
                {appendix.municipalityTotals.map((m) => (
                  <tr key={m.code} className="border-t border-slate-100">
                    <th scope="row" className="py-0.5 font-normal">
                      {m.name}
                    </th>
                    <td className="text-right tabular-nums">
                      {formatKroner(m.total)}
                      {m.provisional && <ProvisionalMark />}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot className="border-t-2 border-slate-300 font-semibold">
                <tr>
                  <th scope="row">I alt</th>
                  <td className="text-right tabular-nums">{formatKroner(appendix.grandTotal)}</td>
                </tr>
              </tfoot>
            </table>
          </ScrollTable>
        </div>
      </section>
    </article>
  );
}
