import type { Metadata } from "next";
import { requireRegionPeriod } from "@/lib/periods/require-period";
import { periodHref } from "@/lib/periods/period-href";
import { kkrParam, NoPeriod, PeriodBar } from "../period-bar";
import { loadBilling } from "@/lib/billing/load-billing";
import { toInvoice } from "@/lib/billing/billing-state";
import { formatCount, formatDate, formatKroner, formatSignedKroner } from "@/lib/format";
import { StatusBadge } from "@/components/badges";
import { YearPicker } from "@/components/year-picker";
import { CloseYearForm, InvoiceSettlementsForm, ReopenForm } from "./billing-forms";
import { ScrollBox } from "@/components/scroll-box";

export const metadata: Metadata = { title: "Opkrævning" };

const cell = "px-2 py-1";

export default async function BillingPage({
  searchParams,
}: {
  searchParams: Promise<{ aar?: string; periode?: string; kkr?: string }>;
}) {
  const { aar, periode, kkr } = await searchParams;
  const context = await requireRegionPeriod({ permission: "billing.manage", periode, kkr });
  if (!context.period) return <NoPeriod context={context} />;
  const billing = await loadBilling({ agreementId: context.period.id, version: context.period.dataVersion, year: aar });
  if (!billing) return <NoPeriod context={context} />;
  const { year, offices, openOffices } = billing;
  const keep = { periode: context.period.id, kkr: kkrParam(context) };
  const link = "rounded border border-brand-700 px-3 py-1.5 font-medium text-brand-700 hover:bg-brand-50";
  const unsettledOpen = openOffices.filter((o) => !o.settled);
  const openToInvoice = toInvoice(openOffices);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Opkrævning {year}</h1>
        <p className="max-w-3xl text-slate-700">
          Når et år lukkes, står de opkrævede beløb fast. Ændrer et lukket år sig senere (en rettelse, en beslutning med
          tilbagevirkende kraft, en ny leadfordeling, en aftalt pulje), bliver forskellen en efterregulering — en ekstra
          opkrævning eller en kreditering — aldrig en stille ændring.
        </p>
      </div>
      <PeriodBar context={context} period={context.period} />
      <YearPicker years={billing.years} current={year} params={keep} />
      <div className="flex flex-wrap items-center gap-3">
        {/* The file holds the closed office-years: with none, it would be a header and nothing else. */}
        {openOffices.length < offices.length ? (
          <>
            <a className={link} href={periodHref("/sekretariat/opkraevning/xlsx", { ...keep, aar: year })}>
              Fakturafil {year} (Excel)
            </a>
            <a className={link} href={periodHref("/sekretariat/opkraevning/csv", { ...keep, aar: year })}>
              Fakturafil {year} (CSV)
            </a>
          </>
        ) : (
          <p className="text-sm text-slate-700" data-testid="no-invoicing-file">
            Fakturafilen for {year} kan hentes, når året er lukket for mindst ét klyngekontor.
          </p>
        )}
        <a className={link} href={periodHref("/sekretariat/opkraevning/fakturadata", keep)}>
          Kommunernes CVR og EAN
        </a>
      </div>
      {billing.missingBillingData > 0 && (
        <p className="rounded border border-amber-500 bg-amber-50 p-3 text-sm" data-testid="missing-billing-data">
          {formatCount(billing.missingBillingData, "kommune mangler", "kommuner mangler")} CVR- eller EAN-nummer.
          Fakturafilen markerer dem; udfyld dem under «Kommunernes CVR og EAN».
        </p>
      )}

      {offices.length > 1 && (
        <section aria-labelledby="close-all" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="close-all" className="text-lg font-semibold">
            Luk {year} for alle åbne klyngekontorer
          </h2>
          <p className="text-sm text-slate-700">
            {openOffices.length === 0
              ? `Alle klyngekontorer er lukket for ${year}.`
              : `${openOffices.map((o) => o.name).join(", ")}: i alt ${formatKroner(openToInvoice.charged)} opkræves${
                  openToInvoice.credited ? `, og ${formatKroner(openToInvoice.credited)} krediteres` : ""
                }, som vist pr. kontor nedenfor.`}
          </p>
          {/* Stays mounted when the last office is closed, so its confirmation stays on the page. */}
          <CloseYearForm
            id="all"
            agreementId={billing.agreement.id}
            year={year}
            offices={openOffices}
            unsettled={unsettledOpen.map((o) => `${o.name}: ${o.unsettled}.`).join(" ")}
            shown={billing.openShown}
            {...openToInvoice}
            label={`Luk ${year} for alle åbne klyngekontorer`}
            submitLabel={
              openOffices.length > 1
                ? `Luk ${year} for ${openOffices.length} klyngekontorer`
                : openOffices.length === 1
                  ? `Luk ${year} for ${openOffices[0]!.name}`
                  : undefined
            }
          />
        </section>
      )}

      {offices.some((o) => o.closed) && (
        <section
          aria-labelledby="settlements"
          className={`rounded-lg border p-4 ${billing.openSettlements ? "border-amber-500 bg-amber-50" : "border-slate-200 bg-white"}`}
        >
          <h2 id="settlements" className="text-lg font-semibold">
            Efterreguleringer for {year}
          </h2>
          {billing.openSettlements > 0 ? (
            <p className="text-sm" data-testid="open-settlements">
              {billing.openSettlements === 1
                ? "1 beløb i et lukket år er ændret, siden det blev opkrævet (se kolonnen «Efterregulering»). Når det er opkrævet, står det i fakturafilen med sin årsag."
                : `${billing.openSettlements} beløb i lukkede år er ændret, siden de blev opkrævet (se kolonnen «Efterregulering»). Når de er opkrævet, står de i fakturafilen med deres årsag.`}
            </p>
          ) : (
            <p className="text-sm text-slate-700">Ingen åbne efterreguleringer.</p>
          )}
          {/* Stays mounted when the last one is invoiced, so its confirmation stays on the page. */}
          <InvoiceSettlementsForm
            agreementId={billing.agreement.id}
            shown={billing.settlementsShown}
            year={year}
            count={billing.openSettlements}
            charged={billing.settlementsCharged}
            credited={billing.settlementsCredited}
          />
        </section>
      )}

      {offices.map((office) => (
        <section
          key={office.id}
          aria-labelledby={`office-${office.id}`}
          className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
          data-testid={`billing-${office.slug}`}
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id={`office-${office.id}`} className="text-lg font-semibold">
              {office.name} {year}
            </h2>
            <div className="flex items-center gap-2">
              <StatusBadge status={office.status} />
              <span
                className={`rounded border px-2 py-0.5 text-sm font-medium ${office.closed ? "border-slate-500 bg-slate-100 text-slate-900" : "border-brand-700 text-brand-800"}`}
              >
                {office.closed ? "Lukket" : "Åben"}
              </span>
            </div>
          </div>
          {!office.settled && <p className="text-sm text-amber-950">Ikke afklaret: {office.unsettled}.</p>}
          <ScrollBox>
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">
                {office.closed
                  ? `Opkrævet og efterregulering pr. kommune for ${office.name} ${year}`
                  : `Det, der opkræves pr. kommune, hvis ${office.name} ${year} lukkes nu`}
              </caption>
              <thead className="border-b border-slate-300">
                <tr>
                  <th scope="col" className={cell}>
                    Kommune
                  </th>
                  <th scope="col" className={`${cell} text-right`}>
                    Skal betale nu
                  </th>
                  <th scope="col" className={`${cell} text-right`}>
                    Opkrævet
                  </th>
                  <th scope="col" className={`${cell} text-right`}>
                    Efterregulering
                  </th>
                </tr>
              </thead>
              <tbody>
                {office.payers.map((payer) => (
                  <tr key={payer.code} className="border-t border-slate-200">
                    <th scope="row" className={`${cell} font-normal`}>
                      {payer.name}
                      {payer.isLead ? " (lead)" : ""}
                    </th>
                    <td className={`${cell} text-right tabular-nums`}>{formatKroner(payer.computed)}</td>
                    <td className={`${cell} text-right tabular-nums`}>{formatKroner(payer.invoiced)}</td>
                    <td className={`${cell} text-right tabular-nums ${payer.settlement ? "font-semibold" : ""}`}>
                      {office.closed ? formatSignedKroner(payer.settlement) : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot className="border-t-2 border-slate-300 font-semibold">
                <tr>
                  <th scope="row" className={cell}>
                    I alt
                  </th>
                  <td className={`${cell} text-right tabular-nums`}>{formatKroner(office.computed)}</td>
                  <td className={`${cell} text-right tabular-nums`}>{formatKroner(office.invoiced)}</td>
                  <td className={`${cell} text-right tabular-nums`}>
                    {office.closed ? formatSignedKroner(office.settlement) : "—"}
                  </td>
                </tr>
              </tfoot>
            </table>
          </ScrollBox>
          <p className="text-sm text-slate-700" data-testid="billing-check">
            Leadbidrag {formatKroner(office.leadSum)} + pulje {formatKroner(office.poolSum)} ={" "}
            {formatKroner(office.computed)}
            {office.sumsAgree
              ? " — stemmer med kontorets total."
              : ` — stemmer IKKE med kontorets total på ${formatKroner(office.total)}.`}
          </p>
          {office.closings.length > 0 && (
            <ul className="text-sm text-slate-700">
              {office.closings.map((c) => (
                <li key={c.id}>
                  Lukket {formatDate(c.closedAt)} af {c.closedBy}
                  {c.reason ? ` — begrundelse: ${c.reason}` : ""}
                  {c.unsettled ? ` (ikke afklaret dengang: ${c.unsettled})` : ""}
                  {c.reopenedAt ? `; genåbnet ${formatDate(c.reopenedAt)} af ${c.reopenedBy} — ${c.reopenReason}` : ""}
                </li>
              ))}
            </ul>
          )}
          {/* Stays mounted once the office is closed (no button then), so its confirmation stays on the page. */}
          <CloseYearForm
            id={office.id}
            agreementId={billing.agreement.id}
            year={year}
            offices={[office]}
            unsettled={office.closed || office.settled ? "" : `${office.name}: ${office.unsettled}.`}
            shown={office.shown}
            {...toInvoice([office])}
            label={`Luk ${office.name} ${year}`}
            submitLabel={office.closed ? undefined : `Luk ${office.name} ${year}`}
          />
          {/* Stays mounted once reopened (no field then), so its answer stays on the page. */}
          {office.closings.length > 0 && context.user.role === "ADMIN" && (
            <ReopenForm officeId={office.id} officeName={office.name} year={year} closed={office.closed} />
          )}
        </section>
      ))}
    </div>
  );
}
