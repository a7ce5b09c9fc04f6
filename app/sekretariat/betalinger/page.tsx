import type { Metadata } from "next";
import { requireRegionPeriod } from "@/lib/periods/require-period";
import { kkrParam, NoPeriod, PeriodBar } from "../period-bar";
import { loadPayments } from "@/lib/billing/load-payments";
import { PAYMENT_STATUS_LABELS } from "@/lib/billing/payment-status";
import { formatDate, formatKroner } from "@/lib/format";
import { YearPicker } from "@/components/year-picker";
import { PaymentForm, PaymentsImportForm } from "./payments-forms";
import { BillingCorrections, type CorrectableInvoice } from "./billing-corrections";
import { ScrollBox } from "@/components/scroll-box";

export const metadata: Metadata = { title: "Betalinger" };
const cell = "px-2 py-1";
const TONE = {
  PAID: "text-green-900",
  OVERDUE: "font-semibold text-red-800",
  PARTLY_PAID: "text-slate-800",
  INVOICED: "text-slate-800",
  NOT_INVOICED: "text-slate-700",
  CREDIT: "text-amber-950",
} as const;

export default async function PaymentsPage({
  searchParams,
}: {
  searchParams: Promise<{ aar?: string; periode?: string; kkr?: string }>;
}) {
  const { aar, periode, kkr } = await searchParams;
  const context = await requireRegionPeriod({ permission: "billing.manage", periode, kkr });
  if (!context.period) return <NoPeriod context={context} />;
  const payments = await loadPayments({ agreementId: context.period.id, year: aar });
  if (!payments) return <NoPeriod context={context} />;
  const { year, rows } = payments;
  const invoices: CorrectableInvoice[] = rows.flatMap((row) =>
    row.invoices.map((invoice) => ({
      id: invoice.id,
      payer: `${row.name} · ${row.officeName}`,
      reference: invoice.reference,
      dated: `faktureret ${formatDate(invoice.invoiceDate)}`,
      payments: invoice.payments.map((p) => ({
        id: p.id,
        text: `${formatKroner(p.amount)} betalt ${formatDate(p.paidDate)}`,
      })),
    })),
  );
  const keep = { periode: context.period.id, kkr: kkrParam(context) };
  const section = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Betalinger {year}</h1>
        <p className="max-w-3xl text-slate-700">
          Fakturaer og betalinger for de lukkede år, fra økonomisystemets fil eller indtastet. Forfaldne betalinger står
          også på Opfølgning.
        </p>
      </div>
      <PeriodBar context={context} period={context.period} />
      <YearPicker years={payments.years} current={year} params={keep} />

      <section aria-labelledby="import-heading" className={section}>
        <h2 id="import-heading" className="text-lg font-semibold">
          Importér fra økonomisystemet
        </h2>
        <p className="text-sm text-slate-700">
          Én række pr. faktura eller betaling; delbetalinger som flere rækker med samme fakturanummer. Datoer som
          dd-mm-åååå eller åååå-mm-dd, beløb i hele kroner (24.512 eller 24512,00). Er én række forkert, gemmes intet —
          hver forkert række nævnes med sit linjenummer. En række, der allerede er registreret, gemmes ikke igen.
        </p>
        <PaymentsImportForm agreementId={payments.agreement.id} />
      </section>

      <section aria-labelledby="manual-heading" className={section}>
        <h2 id="manual-heading" className="text-lg font-semibold">
          Registrér en faktura eller betaling
        </h2>
        {/* Only a year that is closed and invoiced has something to pay: say so before anything is typed. */}
        {rows.length === 0 ? (
          <p className="text-slate-700" data-testid="manual-payment-closed">
            Intet er opkrævet for {year} endnu, så der er ingen faktura at registrere betaling på. Vælg et år, der er
            lukket og opkrævet under Opkrævning.
          </p>
        ) : (
          <PaymentForm
            agreementId={payments.agreement.id}
            year={year}
            municipalities={payments.municipalities}
            offices={payments.offices}
          />
        )}
      </section>

      <section aria-labelledby="status-heading" className="space-y-2">
        <h2 id="status-heading" className="text-lg font-semibold">
          Status for {year}
        </h2>
        {rows.length === 0 ? (
          <p className="text-slate-700">Intet er opkrævet for {year} endnu. Et år opkræves under Opkrævning.</p>
        ) : (
          <ScrollBox className="rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm" data-testid="payments">
              <caption className="sr-only">Opkrævet, faktureret og betalt pr. kommune og klyngekontor i {year}</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className={cell}>
                    Kommune
                  </th>
                  <th scope="col" className={cell}>
                    Klyngekontor
                  </th>
                  <th scope="col" className={`${cell} text-right`}>
                    Opkrævet
                  </th>
                  <th scope="col" className={cell}>
                    Faktura
                  </th>
                  <th scope="col" className={cell}>
                    Forfald
                  </th>
                  <th scope="col" className={`${cell} text-right`}>
                    Betalt
                  </th>
                  <th scope="col" className={cell}>
                    Status
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={`${row.officeId}-${row.code}`}
                    className="border-t border-slate-200"
                    data-testid="payment-row"
                  >
                    <th scope="row" className={`${cell} font-normal`}>
                      {row.name}
                    </th>
                    <td className={cell}>{row.officeName}</td>
                    <td className={`${cell} text-right tabular-nums`}>{formatKroner(row.invoiced)}</td>
                    <td className={cell}>{row.invoices.map((i) => i.reference).join(", ") || "—"}</td>
                    <td className={cell}>{row.dueDate ? formatDate(row.dueDate) : "—"}</td>
                    <td className={`${cell} text-right tabular-nums`}>
                      {formatKroner(row.paid)}
                      {row.lastPaidDate && (
                        <span className="block text-xs text-slate-700">{formatDate(row.lastPaidDate)}</span>
                      )}
                    </td>
                    <td className={`${cell} ${TONE[row.status]}`}>{PAYMENT_STATUS_LABELS[row.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </section>

      {/* Shown for every year with something invoiced, also once its last registration is deleted: the answer to
          that deletion is said here. */}
      {rows.length > 0 && (
        <section aria-labelledby="corrections-heading" className={section}>
          <h2 id="corrections-heading" className="text-lg font-semibold">
            Ret en fejlregistrering
          </h2>
          <p className="text-sm text-slate-700">
            Er en faktura eller betaling registreret forkert (et forkert beløb, en forkert kommune), så slet den her og
            registrér den rigtige. En faktura kan slettes, når dens betalinger er slettet.
          </p>
          <BillingCorrections agreementId={payments.agreement.id} year={year} invoices={invoices} />
        </section>
      )}
    </div>
  );
}
