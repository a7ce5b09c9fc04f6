import type { Metadata } from "next";
import Link from "next/link";
import { requireMunicipalityPeriod } from "@/lib/municipalities/require-municipality";
import { PeriodPicker } from "@/components/period-picker";
import { rowsToShow } from "@/lib/pagination";
import { ShowMore } from "@/components/show-more";
import { loadDecisionHistory } from "@/lib/decisions/load-decision-history";
import { formatDate, formatDateTime, formatKroner, formatSignedKroner, formatYears, STATUS_LABELS } from "@/lib/format";
import { describeCause } from "@/lib/shares/describe-cause";
import { loadMunicipalitySettlements } from "@/lib/billing/load-payments";
import { DecisionBadge } from "@/components/badges";
import type { DecisionCoverage } from "@/lib/allocation";
import { ScrollBox } from "@/components/scroll-box";

export const metadata: Metadata = { title: "Historik" };

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ vis?: string; periode?: string }>;
}) {
  const { code } = await params;
  const { vis, periode } = await searchParams;
  const take = rowsToShow(vis);
  const { municipality, periods, period } = await requireMunicipalityPeriod({
    code,
    permission: "municipality.view",
    periode,
  });
  if (!period) return <p>Der er ingen aftale for jeres region endnu.</p>;
  const [history, settlements] = await Promise.all([
    loadDecisionHistory({ municipalityId: municipality.id, agreementId: period.id, take }),
    loadMunicipalitySettlements({ agreementId: period.id, municipalityCode: municipality.code }),
  ]);
  const decisions = history.decisions.rows;
  const changes = history.changes.rows;

  return (
    <div className="space-y-8">
      <div>
        <Link href={`/kommuner/${code}?periode=${period.id}`} className="text-brand-700 underline">
          ← {municipality.name} Kommune
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Historik for {municipality.name} Kommune</h1>
        <PeriodPicker periods={periods} current={period} />
      </div>

      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading" className="text-xl font-semibold">
          Registrerede beslutninger
        </h2>
        {decisions.length === 0 ? (
          <p className="mt-2 text-slate-700">Der er ikke registreret nogen beslutninger endnu.</p>
        ) : (
          <ScrollBox className="mt-3 rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Alle registrerede beslutninger, nyeste først</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Klyngekontor
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Beslutning
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Møde
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Registreret
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Gælder nu
                  </th>
                </tr>
              </thead>
              <tbody>
                {decisions.map((d) => (
                  <tr key={d.id} className="border-t border-slate-200 align-top" data-testid="decision-row">
                    <th scope="row" className="px-3 py-2 font-medium">
                      {d.office.name}
                    </th>
                    {/* Typed text breaks anywhere: a long link in a note must not push the other columns away. */}
                    <td className="px-3 py-2 wrap-anywhere">
                      <DecisionBadge state={d.decision} />
                      <span className="block">
                        fra {d.effectiveFromYear}
                        {d.effectiveToYear ? ` til og med ${d.effectiveToYear}` : ""}
                      </span>
                      {d.correctionReason && (
                        <span className="block text-slate-700">
                          {/* The reason asked for a correction or a retroactive registration: said as what it was. */}
                          {d.corrects ? "Rettelse" : "Tilbagevirkende kraft"}: {d.correctionReason}
                        </span>
                      )}
                      {d.note && <span className="block text-slate-700">Bemærkning: {d.note}</span>}
                    </td>
                    <td className="px-3 py-2 wrap-anywhere">
                      {d.councilBody}, {formatDate(d.meetingDate)}
                      <span className="block text-slate-700">{d.caseReference}</span>
                      {d.minutesAttachment && (
                        <a
                          className="block text-brand-700 underline"
                          href={`/kommuner/${code}/referater/${d.minutesAttachment.id}`}
                        >
                          Hent referat (PDF)
                        </a>
                      )}
                      {d.minutesUrl && (
                        <a className="block text-brand-700 underline" href={d.minutesUrl} rel="noopener noreferrer">
                          Offentliggjort referat
                        </a>
                      )}
                    </td>
                    <td className="px-3 py-2">
                      {formatDateTime(d.recordedAt)}
                      <span className="block text-slate-700">
                        {d.recordedBy.name}
                        {d.recordedOnBehalf ? " (på kommunens vegne)" : ""}
                      </span>
                    </td>
                    <td className="px-3 py-2" data-testid="decision-coverage">
                      <CoverageLabel coverage={d.coverage} />
                      {d.corrects && (
                        <span className="block text-slate-700">
                          Retter registreringen af mødet {formatDate(d.corrects.meetingDate)}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </section>

      <ShowMore
        shown={take}
        hasMore={history.decisions.hasMore}
        params={{ periode: period.id }}
        label="Vis flere beslutninger"
      />

      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading" className="text-xl font-semibold">
          Hvorfor ændrede vores andel sig?
        </h2>
        {changes.length === 0 ? (
          <p className="mt-2 text-slate-700">Kommunens beløb er ikke ændret af nogen registreret beslutning endnu.</p>
        ) : (
          <ScrollBox className="mt-3 rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Ændringer af kommunens beløb med årsag, nyeste først</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Tidspunkt
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Klyngekontor og år
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Før
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Efter
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Årsag
                  </th>
                </tr>
              </thead>
              <tbody>
                {changes.map((line) => {
                  const cause = line.snapshot.causeDecision;
                  return (
                    <tr key={line.id} className="border-t border-slate-200" data-testid="share-change-row">
                      <td className="px-3 py-2">{formatDateTime(line.snapshot.createdAt)}</td>
                      <th scope="row" className="px-3 py-2 font-normal">
                        {line.snapshot.office.name}, {line.snapshot.year}
                      </th>
                      <td className="px-3 py-2 text-right tabular-nums">{formatKroner(line.previousAmount)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{formatKroner(line.amount)}</td>
                      <td className="px-3 py-2">
                        {describeCause({ cause: line.snapshot.cause, causeDecision: cause, note: line.snapshot.note })}

                        {cause && line.snapshot.note && (
                          <span className="block font-medium text-amber-900">{line.snapshot.note}</span>
                        )}
                        <span className="block text-slate-700">
                          Status: {STATUS_LABELS[line.snapshot.status as keyof typeof STATUS_LABELS]}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
        )}
        <ShowMore
          shown={take}
          hasMore={history.changes.hasMore}
          params={{ periode: period.id }}
          label="Vis flere ændringer"
        />
      </section>

      {(settlements.open.length > 0 || settlements.invoiced.length > 0) && (
        <section aria-labelledby="settlements-heading" data-testid="settlements">
          <h2 id="settlements-heading" className="text-xl font-semibold">
            Efterreguleringer
          </h2>
          <p className="mt-1 text-slate-700">
            Ændres beløbet for et år, der allerede er opkrævet, bliver forskellen en efterregulering: en ekstra
            opkrævning (+) eller en kreditering (−).
          </p>
          <ul className="mt-2 space-y-1 text-sm">
            {settlements.open.map((row) => (
              <li key={`${row.officeId}-${row.year}`} data-testid="open-settlement">
                {row.officeName}, {row.year}: {formatSignedKroner(row.settlement)} — ikke opkrævet endnu (opkrævet{" "}
                {formatKroner(row.invoiced)}, beløbet er nu {formatKroner(row.computed)}). Årsagen står under «Hvorfor
                ændrede vores andel sig?».
              </li>
            ))}
            {settlements.invoiced.map((line) => (
              <li key={line.id} data-testid="invoiced-settlement">
                {formatDateTime(line.at)}:{" "}
                {line.amount < 0 ? `${formatKroner(-line.amount)} krediteret` : `${formatKroner(line.amount)} opkrævet`}{" "}
                — {line.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** What a decision does now (issue 10): the years it governs, or why it governs none. */
function CoverageLabel({ coverage }: { coverage: DecisionCoverage }) {
  if (coverage.kind === "VOID") return <span>Erstattet af rettelse</span>;
  if (coverage.kind === "OVERRIDDEN") return <span>Gælder ikke længere for noget år</span>;
  return <strong>Gælder for {formatYears(coverage.years)}</strong>;
}
