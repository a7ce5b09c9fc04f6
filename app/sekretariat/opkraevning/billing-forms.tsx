"use client";

import { ActionForm } from "@/components/action-form";
import { ConfirmStep } from "@/components/confirm-step";
import { FieldError } from "@/components/form-messages";
import { closeYearSchema, reopenSchema } from "@/lib/billing/billing-schemas";
import { validateWith } from "@/lib/validation/validate-form";
import { formatKroner } from "@/lib/format";
import { closeYearAction, invoiceSettlementsAction, reopenOfficeYearAction } from "./actions";

const box = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2";

/**
 * What invoicing will do, in kroner: the extra invoices and the credits apart — after a reopening, a closing can
 * charge some municipalities and credit another, which a net sum would hide (it can be 0 kr.).
 */
function moneySentence({
  charged,
  credited,
  year,
  extra = false,
}: {
  charged: number;
  credited: number;
  year: number;
  /** Settlements: what is charged comes on top of what was invoiced. */
  extra?: boolean;
}) {
  const parts = [
    charged || !credited ? `${formatKroner(charged)} opkræves${extra ? " ekstra" : ""} hos kommunerne` : "",
    credited ? `${formatKroner(credited)} krediteres` : "",
  ].filter(Boolean);
  return `${parts.join(", og ")}. Det kommer i fakturafilen for ${year}.`;
}

/** «Luk 2022 for 4 klyngekontorer» → «Ja, luk 2022 for 4 klyngekontorer»: the question's button says the same. */
const yes = (label: string) => `Ja, ${label.charAt(0).toLowerCase()}${label.slice(1)}`;

/**
 * Closes one office's year, or every open office's year at once; asks for a reason when one is not settled. The
 * button asks first (ConfirmStep): closing invoices the municipalities, and only an administrator can reopen. The
 * form sends what the page showed of the amounts (lib/billing/shown-amounts.ts), so the close is refused if they
 * changed in between.
 */
export function CloseYearForm({
  agreementId,
  shown,
  year,
  offices,
  unsettled,
  charged,
  credited,
  label,
  submitLabel,
  id,
}: {
  agreementId: string;
  /** What the page shows of these offices' amounts (shownAmounts). */
  shown: string;
  year: number;
  offices: { id: string; name: string }[];
  /** Why some of them are not settled ("" when all are). */
  unsettled: string;
  /** What the closing invoices, and credits (after a reopening), in all (kroner, both ≥ 0). */
  charged: number;
  credited: number;
  label: string;
  /** No button when there is nothing left to close (the form then only keeps its confirmation). */
  submitLabel?: string;
  /** Unique per form on the page (ids of the reason field). */
  id: string;
}) {
  const names = offices.map((office) => office.name);
  return (
    <ActionForm
      action={closeYearAction.bind(null, agreementId, year)}
      label={label}
      validate={validateWith(closeYearSchema)}
      invalidMessage="Året er ikke lukket. Ret de markerede felter."
      buttons={({ pending, disabled }) =>
        submitLabel === undefined ? null : (
          <ConfirmStep
            openLabel={submitLabel}
            question={`${submitLabel}?`}
            confirmLabel={yes(submitLabel)}
            pending={pending}
            disabled={disabled}
            tone="weighty"
            testId="close-confirmation"
          >
            <p>
              {names.length > 1 ? `${new Intl.ListFormat("da-DK").format(names)}: ` : ""}
              {moneySentence({ charged, credited, year })}
            </p>
            <p>
              Bagefter kan beslutninger, der ændrer {year}, kun registreres af sekretariatet med en begrundelse, og kun
              en administrator kan genåbne året. Det opkrævede bliver stående i historikken.
            </p>
          </ConfirmStep>
        )
      }
    >
      {({ errors }) => (
        <>
          <input type="hidden" name="shown" value={shown} />
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
  shown,
  year,
  count,
  charged,
  credited,
}: {
  agreementId: string;
  /** What the page shows of the settlements (shownAmounts). */
  shown: string;
  year: number;
  count: number;
  /** The settlements' extra invoices and credits in all (kroner, both ≥ 0). */
  charged: number;
  credited: number;
}) {
  const what = `${count} ${count === 1 ? "efterregulering" : "efterreguleringer"}`;
  return (
    <ActionForm
      action={invoiceSettlementsAction.bind(null, agreementId, year)}
      label={`Opkræv efterreguleringer for ${year}`}
      buttons={({ pending, disabled }) =>
        count === 0 ? null : (
          <ConfirmStep
            openLabel={`Opkræv ${what}`}
            question={`Opkræv ${what} for ${year}?`}
            confirmLabel={`Ja, opkræv ${what}`}
            pending={pending}
            disabled={disabled}
            tone="weighty"
            testId="settlements-confirmation"
          >
            <p>{moneySentence({ charged, credited, year, extra: true })} Hver linje står med sin årsag.</p>
          </ConfirmStep>
        )
      }
    >
      {() => <input type="hidden" name="shown" value={shown} />}
    </ActionForm>
  );
}

/**
 * Administrators reopen a closed office-year with a reason. Stays on the page once the year is reopened (no field or
 * button then), so its answer is not lost with it.
 */
export function ReopenForm({
  officeId,
  officeName,
  year,
  closed,
}: {
  officeId: string;
  officeName: string;
  year: number;
  closed: boolean;
}) {
  const id = `reopen-${officeId}`;
  return (
    <ActionForm
      action={reopenOfficeYearAction.bind(null, officeId, year)}
      label={`Genåbn ${officeName} ${year}`}
      submitLabel={closed ? `Genåbn ${year}` : undefined}
      validate={validateWith(reopenSchema)}
      invalidMessage="Året er ikke genåbnet. Ret de markerede felter."
    >
      {({ errors }) =>
        closed && (
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
        )
      }
    </ActionForm>
  );
}
