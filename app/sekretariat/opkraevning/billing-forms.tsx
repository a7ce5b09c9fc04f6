"use client";

import { ActionForm } from "@/components/action-form";
import { FieldError } from "@/components/form-messages";
import { closeYearSchema, reopenSchema } from "@/lib/billing/billing-schemas";
import { validateWith } from "@/lib/validation/validate-form";
import { closeYearAction, invoiceSettlementsAction, reopenOfficeYearAction } from "./actions";

const box = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2";

/** Closes one office's year, or every open office's year at once; asks for a reason when one is not settled. */
export function CloseYearForm({
  agreementId,
  year,
  offices,
  unsettled,
  label,
  submitLabel,
  id,
}: {
  agreementId: string;
  year: number;
  offices: { id: string; name: string }[];
  /** Why some of them are not settled ("" when all are). */
  unsettled: string;
  label: string;
  submitLabel: string;
  /** Unique per form on the page (ids of the reason field). */
  id: string;
}) {
  return (
    <ActionForm
      action={closeYearAction.bind(null, agreementId, year)}
      label={label}
      submitLabel={submitLabel}
      validate={validateWith(closeYearSchema)}
      invalidMessage="Året er ikke lukket. Ret de markerede felter."
    >
      {({ errors }) => (
        <>
          {offices.map((office) => (
            <input key={office.id} type="hidden" name="officeIds" value={office.id} />
          ))}
          {unsettled && (
            <div>
              <label htmlFor={`reason-${id}`} className="block font-medium">
                Begrundelse for at lukke, selv om året ikke er afklaret
              </label>
              <p id={`reason-${id}-hint`} className="text-sm text-slate-700">
                {unsettled}
              </p>
              <textarea
                id={`reason-${id}`}
                name="reason"
                rows={2}
                className={box}
                aria-invalid={!!errors.reason}
                aria-describedby={`reason-${id}-hint${errors.reason ? ` reason-${id}-error` : ""}`}
              />
              <FieldError id={`reason-${id}-error`} message={errors.reason} />
            </div>
          )}
        </>
      )}
    </ActionForm>
  );
}

export function InvoiceSettlementsForm({
  agreementId,
  year,
  count,
}: {
  agreementId: string;
  year: number;
  count: number;
}) {
  return (
    <ActionForm
      action={invoiceSettlementsAction.bind(null, agreementId, year)}
      label={`Opkræv efterreguleringer for ${year}`}
      submitLabel={`Opkræv ${count} ${count === 1 ? "efterregulering" : "efterreguleringer"}`}
    >
      {() => null}
    </ActionForm>
  );
}

export function ReopenForm({ officeId, officeName, year }: { officeId: string; officeName: string; year: number }) {
  const id = `reopen-${officeId}`;
  return (
    <ActionForm
      action={reopenOfficeYearAction.bind(null, officeId, year)}
      label={`Genåbn ${officeName} ${year}`}
      submitLabel={`Genåbn ${year}`}
      validate={validateWith(reopenSchema)}
      invalidMessage="Året er ikke genåbnet. Skriv en begrundelse."
    >
      {({ errors }) => (
        <div>
          <label htmlFor={id} className="block font-medium">
            Hvorfor genåbnes {officeName} {year}? (kun administratorer)
          </label>
          <textarea
            id={id}
            name="reason"
            rows={2}
            className={box}
            aria-invalid={!!errors.reason}
            aria-describedby={errors.reason ? `${id}-error` : undefined}
          />
          <FieldError id={`${id}-error`} message={errors.reason} />
        </div>
      )}
    </ActionForm>
  );
}
