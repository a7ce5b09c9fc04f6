"use client";

import { Fragment, useState } from "react";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { FieldError } from "@/components/form-messages";
import { formatCount, formatIsoDate, formatKroner } from "@/lib/format";
import { paymentSchema } from "@/lib/billing/billing-schemas";
import { PAYMENT_COLUMNS } from "@/lib/billing/payment-columns";
import { validateWith } from "@/lib/validation/validate-form";
import { importPaymentsAction, recordPaymentAction, type PaymentsFormData } from "./actions";
import { ScrollBox } from "@/components/scroll-box";

const box = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2";
const cell = "px-2 py-1";

/** The finance system's file → every row checked and shown → stored, all or nothing. */
/** The rows that store something: a new invoice or a new payment (a file read twice stores nothing twice). */
const newRows = (plan: NonNullable<PaymentsFormData["plan"]>) =>
  plan.filter((row) => row.newInvoice || row.newPayment).length;

export function PaymentsImportForm({ agreementId }: { agreementId: string }) {
  const [previewIsCurrent, setPreviewIsCurrent] = useState(false);
  return (
    <ActionForm<PaymentsFormData>
      action={importPaymentsAction.bind(null, agreementId)}
      label="Importér betalinger fra økonomisystemet"
      invalidMessage="Intet er gemt. Ret de markerede felter."
      onChange={() => setPreviewIsCurrent(false)}
      onAnswer={(state) => setPreviewIsCurrent(!!state.data?.plan)}
      buttons={({ state, pending, disabled }) => (
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            name="intent"
            value="preview"
            disabled={disabled}
            className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-70"
          >
            {pending ? "Læser filen …" : "Kontrollér filen"}
          </button>
          {state.data?.plan && previewIsCurrent && newRows(state.data.plan) > 0 && (
            <button
              type="submit"
              name="intent"
              value="save"
              disabled={disabled}
              className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
            >
              {pending ? "Gemmer …" : `Gem ${formatCount(newRows(state.data.plan), "ny række", "nye rækker")}`}
            </button>
          )}
        </div>
      )}
    >
      {({ errors, state }) => {
        const plan = state.data?.plan;
        const problems = state.data?.problems ?? [];
        return (
          <>
            <div>
              <label htmlFor="payments-file" className="block font-medium">
                Fil fra økonomisystemet (CSV med semikolon)
              </label>
              <input
                id="payments-file"
                name="file"
                type="file"
                accept=".csv,.txt,text/csv,text/plain"
                className={box}
                aria-invalid={!!errors.file}
                aria-describedby={`payments-file-hint${errors.file ? " payments-file-error" : ""}${problems.length ? " payments-problems" : ""}`}
              />
              <p id="payments-file-hint" className="mt-1 text-sm text-slate-700">
                {/* The header line as the file has it; it may break after each semicolon on a narrow screen (WCAG 1.4.10). */}
                Kolonner:{" "}
                {PAYMENT_COLUMNS.map((column, index) => (
                  <Fragment key={column}>
                    {index > 0 && (
                      <>
                        ;<wbr />
                      </>
                    )}
                    {column}
                  </Fragment>
                ))}
              </p>
              <FieldError id="payments-file-error" message={errors.file} />
            </div>
            {problems.length > 0 && (
              <ul
                id="payments-problems"
                className="list-disc space-y-1 rounded border border-red-300 bg-red-50 p-3 pl-8 text-red-900"
                data-testid="payments-problems"
              >
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
            {plan && previewIsCurrent && (
              <section
                aria-labelledby="payments-preview-heading"
                tabIndex={-1}
                data-focus-after-answer
                data-testid="payments-preview"
                className="rounded border border-brand-700/40 bg-brand-50 p-4"
              >
                <h2 id="payments-preview-heading" className="text-lg font-semibold">
                  {formatCount(plan.length, "række er", "rækker er")} i orden
                  {newRows(plan) < plan.length &&
                    `: ${newRows(plan)} nye, ${plan.length - newRows(plan)} allerede registreret`}
                </h2>
                <p className="text-sm text-slate-700">
                  {newRows(plan) > 0
                    ? "Intet er gemt endnu."
                    : "Alt i filen er allerede registreret. Der er intet nyt at gemme."}
                </p>
                {plan.some((row) => row.overpaid) && (
                  <p className="mt-1 font-medium text-amber-900" data-testid="payments-overpaid">
                    <span aria-hidden="true">⚠ </span>
                    {formatCount(plan.filter((row) => row.overpaid).length, "betaling er", "betalinger er")} mere end
                    det opkrævede. Tjek {plan.filter((row) => row.overpaid).length === 1 ? "den" : "dem"}, før du
                    gemmer.
                  </p>
                )}
                <ScrollBox className="mt-2">
                  <table className="w-full border-collapse text-left text-sm">
                    <caption className="sr-only">Rækkerne i filen</caption>
                    <thead className="border-b border-slate-300">
                      <tr>
                        <th scope="col" className={cell}>
                          Linje
                        </th>
                        <th scope="col" className={cell}>
                          Kommune
                        </th>
                        <th scope="col" className={cell}>
                          Klyngekontor
                        </th>
                        <th scope="col" className={cell}>
                          Faktura
                        </th>
                        <th scope="col" className={`${cell} text-right`}>
                          Betalt
                        </th>
                        <th scope="col" className={cell}>
                          Nyt?
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {plan.map((row) => (
                        <tr key={row.line} className="border-t border-slate-200">
                          <td className={cell}>{row.line}</td>
                          <th scope="row" className={`${cell} font-normal`}>
                            {row.municipalityName}
                          </th>
                          <td className={cell}>
                            {row.officeName} {row.year}
                          </td>
                          <td className={cell}>{row.reference}</td>
                          <td className={`${cell} text-right tabular-nums`}>
                            {row.payment
                              ? `${formatKroner(row.payment.amount)} (${formatIsoDate(row.payment.paidDate)})`
                              : "—"}
                            {row.overpaid && (
                              <span className="block font-medium text-amber-900">
                                <span aria-hidden="true">⚠ </span>
                                mere end opkrævet ({formatKroner(row.invoiced)}
                                {row.paidBefore > 0 ? `, betalt før ${formatKroner(row.paidBefore)}` : ""})
                              </span>
                            )}
                          </td>
                          <td className={cell}>{row.newInvoice || row.newPayment ? "nyt" : "allerede registreret"}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollBox>
              </section>
            )}
          </>
        );
      }}
    </ActionForm>
  );
}

/** One invoice (and its payment, if paid) typed in by hand. */
export function PaymentForm({
  agreementId,
  year,
  municipalities,
  offices,
}: {
  agreementId: string;
  year: number;
  municipalities: { code: string; name: string }[];
  offices: { slug: string; name: string }[];
}) {
  // Asked by the server when a typed payment is more than is owed: the answer is for the amount asked about.
  const [askedOverpayment, setAskedOverpayment] = useState(false);
  return (
    <ActionForm<{ askOverpayment?: boolean }>
      action={recordPaymentAction.bind(null, agreementId, year)}
      label={`Registrér faktura eller betaling for ${year}`}
      submitLabel="Registrér"
      validate={validateWith(paymentSchema)}
      invalidMessage="Betalingen er ikke gemt. Ret de markerede felter."
      onAnswer={(state) => setAskedOverpayment(!!state.data?.askOverpayment)}
      onChange={(event) => {
        if ((event.target as HTMLInputElement).name !== "confirmOverpayment") setAskedOverpayment(false);
      }}
    >
      {({ errors }) => (
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <label htmlFor="pay-municipality" className="block font-medium">
              Kommune
            </label>
            <select
              id="pay-municipality"
              name="municipalityCode"
              defaultValue=""
              className={box}
              aria-invalid={!!errors.municipalityCode}
              aria-describedby={errors.municipalityCode ? "pay-municipality-error" : undefined}
            >
              <option value="">Vælg …</option>
              {municipalities.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </select>
            <FieldError id="pay-municipality-error" message={errors.municipalityCode} />
          </div>
          <div>
            <label htmlFor="pay-office" className="block font-medium">
              Klyngekontor
            </label>
            <select
              id="pay-office"
              name="office"
              defaultValue=""
              className={box}
              aria-invalid={!!errors.office}
              aria-describedby={errors.office ? "pay-office-error" : undefined}
            >
              <option value="">Vælg …</option>
              {offices.map((o) => (
                <option key={o.slug} value={o.slug}>
                  {o.name}
                </option>
              ))}
            </select>
            <FieldError id="pay-office-error" message={errors.office} />
          </div>
          <Field id="pay-reference" label="Fakturanummer" name="reference" error={errors.reference} />
          <Field id="pay-invoice-date" label="Fakturadato" name="invoiceDate" type="date" error={errors.invoiceDate} />
          <Field id="pay-due-date" label="Forfaldsdato" name="dueDate" type="date" error={errors.dueDate} />
          <Field
            id="pay-amount"
            label="Betalt beløb (kr., valgfri)"
            name="amount"
            inputMode="numeric"
            error={errors.amount}
          />
          <Field id="pay-paid-date" label="Betalt den (valgfri)" name="paidDate" type="date" error={errors.paidDate} />
          {/* Right after the amount asked about: the next thing Tab reaches. */}
          {askedOverpayment && (
            <label className="flex items-start gap-2 rounded border border-amber-400 bg-amber-50 p-3 sm:col-span-2 lg:col-span-4">
              <input type="checkbox" name="confirmOverpayment" className="mt-1 h-4 w-4" />
              <span>Ja, beløbet er rigtigt: registrér betalingen, selv om den er mere end det skyldige</span>
            </label>
          )}
        </div>
      )}
    </ActionForm>
  );
}
