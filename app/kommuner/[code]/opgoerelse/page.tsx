import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireMunicipalityPeriod } from "@/lib/municipalities/require-municipality";
import { PeriodPicker } from "@/components/period-picker";
import { PopulationNote } from "@/components/population-note";
import { loadMunicipalityOverview } from "@/lib/shares/load-municipality-overview";
import { DECISION_LABELS, formatDate, formatKroner, formatSignedKroner } from "@/lib/format";
import { PrintButton } from "@/components/print-button";
import { loadMunicipalityBilling } from "@/lib/billing/load-payments";
import { PAYMENT_STATUS_LABELS } from "@/lib/billing/payment-status";
import { CouncilDownloads } from "../council-downloads";
import { now } from "@/lib/clock";
import { ScrollBox } from "@/components/scroll-box";

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
  const { municipality, periods, period } = await requireMunicipalityPeriod({
    code,
    permission: "municipality.view",
    periode: (await searchParams).periode,
  });
  if (!period) notFound();
  const [overview, billing] = await Promise.all([
    loadMunicipalityOverview({ municipality, agreementId: period.id, version: period.dataVersion }),
    loadMunicipalityBilling({ agreementId: period.id, municipalityCode: municipality.code }),
  ]);
  if (!overview) notFound();
  const periodTotal = overview.totals.reduce((sum, t) => sum + t.amount, 0);
  const label = (state: string) => (state === "LEAD" ? "Lead" : DECISION_LABELS[state as keyof typeof DECISION_LABELS]);

  return (
    <article className="space-y-4">
      <div className="no-print space-y-3">
        <PeriodPicker periods={periods} current={period} />
        <PrintButton />
        <CouncilDownloads code={code} period={period} years={overview.years} />
      </div>
      <header>
        <h1 className="text-2xl font-semibold">
          {municipality.name} Kommunes medfinansiering af de regionale klyngekontorer
        </h1>
        <p className="text-slate-700">
          {municipality.region.kkrName} · {overview.agreement.name} · befolkningstal pr.{" "}
          {formatDate(overview.agreement.populationBasisDate)} · opgjort {formatDate(now())}
        </p>
        <PopulationNote agreement={overview.agreement} />
      </header>
      <ScrollBox>
        <table className="w-full text-left text-sm" data-testid="statement">
          <caption className="sr-only">Beløb pr. klyngekontor pr. år</caption>
          <thead className="border-b-2 border-slate-300">
            <tr>
              <th scope="col" className="px-2">
                Klyngekontor
              </th>
              {overview.years.map((y) => (
                <th key={y} scope="col" className="px-2 text-right">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.offices.map(({ office, years }) => (
              <tr key={office.id} className="border-t border-slate-200">
                <th scope="row" className="px-2 py-1 font-normal">
                  {office.name}
                </th>
                {years.map((cell) => (
                  <td key={cell.year} className="px-2 text-right tabular-nums">
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
              <th scope="row" className="px-2 py-1">
                I alt pr. år
              </th>
              {overview.totals.map((t) => (
                <td key={t.year} className="px-2 text-right tabular-nums">
                  {formatKroner(t.amount)}
                  {t.provisional ? " *" : ""}
                </td>
              ))}
            </tr>
            <tr className="font-normal">
              <th scope="row" className="px-2 py-1">
                Højst pr. år
              </th>
              {overview.totals.map((t) => (
                <td key={t.year} className="px-2 text-right tabular-nums" data-testid={`statement-ceiling-${t.year}`}>
                  {formatKroner(t.ceiling)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row" className="px-2 py-1">
                I alt for perioden
              </th>
              <td colSpan={overview.years.length} className="px-2 text-right tabular-nums">
                {formatKroner(periodTotal)}
              </td>
            </tr>
            <tr className="font-normal">
              <th scope="row" className="px-2 py-1">
                Højst for perioden
              </th>
              <td colSpan={overview.years.length} className="px-2 text-right tabular-nums">
                {formatKroner(overview.totals.reduce((sum, t) => sum + t.ceiling, 0))}
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollBox>
      {overview.totals.some((t) => t.provisional) && (
        <p className="text-sm">
          * Foreløbigt beløb: det kan stadig ændre sig, fordi en kommune ikke har besluttet sig, kontoret mangler en
          leadkommune, eller en reduceret pulje ikke er aftalt. «Højst» er det mest, kommunen kan komme til at betale.
        </p>
      )}
      {billing.length > 0 && (
        <section aria-labelledby="billing-heading" className="space-y-2">
          <h2 id="billing-heading" className="text-lg font-semibold">
            Opkrævet og betalt
          </h2>
          <ScrollBox>
            <table className="w-full text-left text-sm" data-testid="statement-billing">
              <caption className="sr-only">
                Opkrævet, betalt, beløb nu og åben efterregulering pr. klyngekontor og år
              </caption>
              <thead className="border-b-2 border-slate-300">
                <tr>
                  <th scope="col">Klyngekontor</th>
                  <th scope="col">År</th>
                  <th scope="col" className="text-right">
                    Opkrævet
                  </th>
                  <th scope="col" className="text-right">
                    Betalt
                  </th>
                  <th scope="col" className="text-right">
                    Beløb nu
                  </th>
                  <th scope="col" className="text-right">
                    Åben efterregulering
                  </th>
                </tr>
              </thead>
              <tbody>
                {billing.map((row) => (
                  <tr
                    key={`${row.officeId}-${row.year}`}
                    className="border-t border-slate-200"
                    data-testid={`statement-billing-${row.year}`}
                  >
                    <th scope="row" className="py-1 font-normal">
                      {row.officeName}
                    </th>
                    <td>{row.year}</td>
                    <td className="text-right tabular-nums">{formatKroner(row.invoiced)}</td>
                    <td className="text-right tabular-nums">
                      {formatKroner(row.paid)}
                      <span className="block text-xs text-slate-700">
                        {row.lastPaidDate && row.status === "PAID"
                          ? `betalt ${formatDate(row.lastPaidDate)}`
                          : PAYMENT_STATUS_LABELS[row.status]}
                      </span>
                    </td>
                    <td className="text-right tabular-nums">{formatKroner(row.computed)}</td>
                    <td className="text-right tabular-nums">{formatSignedKroner(row.settlement)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <p className="text-sm text-slate-700">
            Et lukket år er opkrævet. Ændrer beløbet sig senere, opkræves eller krediteres forskellen som en
            efterregulering.
          </p>
        </section>
      )}
      <p className="text-sm text-slate-700">
        Fordelingen følger KKR&apos;s anbefaling: leadkommunen betaler sit faste bidrag; puljen fordeles mellem de
        deltagende kommuner efter indbyggertal (største-rest-metoden i hele kroner). Totalen fastholdes, så længe mindst{" "}
        {overview.agreement.thresholdBasisPoints / 100} % af de øvrige kommuner deltager.
      </p>
    </article>
  );
}
