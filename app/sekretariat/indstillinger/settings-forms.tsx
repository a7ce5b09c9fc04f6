"use client";

import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { FieldError } from "@/components/form-messages";
import {
  dueDateSchema,
  leadAmountsMessage,
  leadAmountsSchema,
  poolOverrideSchema,
} from "@/lib/settings/settings-schemas";
import { validateWith } from "@/lib/validation/validate-form";
import { saveDecisionDueDate, saveLeadAmounts, savePoolOverride } from "./actions";

export function DueDateForm({ agreementId, dueDate }: { agreementId: string; dueDate: string }) {
  return (
    <ActionForm
      action={saveDecisionDueDate.bind(null, agreementId)}
      submitLabel="Gem frist"
      label="Frist for beslutninger"
      validate={validateWith(dueDateSchema)}
    >
      {({ errors }) => (
        <Field
          label="Frist for kommunernes beslutninger"
          name="dueDate"
          type="date"
          defaultValue={dueDate}
          error={errors.dueDate}
        />
      )}
    </ActionForm>
  );
}

export function LeadAmountsForm({
  officeId,
  officeName,
  leadContribution,
  leads,
}: {
  officeId: string;
  officeName: string;
  leadContribution: number;
  leads: { id: string; name: string; amount: number }[];
}) {
  const schema = leadAmountsSchema({ leadIds: leads.map((l) => l.id), leadContribution });
  return (
    <ActionForm
      action={saveLeadAmounts.bind(null, officeId)}
      submitLabel="Gem leadbeløb"
      label={`Leadbeløb for ${officeName}`}
      validate={validateWith(schema)}
      invalidMessage={leadAmountsMessage}
    >
      {({ errors }) => (
        <fieldset aria-describedby={errors.amounts ? `amounts-${officeId}-error` : undefined}>
          <legend className="font-medium">{officeName}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {leads.map((lead) => (
              <Field
                key={lead.id}
                id={`lead-${lead.id}`}
                label={`${lead.name} (kr. pr. år)`}
                name={`lead:${lead.id}`}
                inputMode="numeric"
                defaultValue={String(lead.amount)}
                aria-invalid={!!errors.amounts}
              />
            ))}
          </div>
          <FieldError id={`amounts-${officeId}-error`} message={errors.amounts} />
        </fieldset>
      )}
    </ActionForm>
  );
}

export function PoolOverrideForm({
  officeId,
  officeName,
  year,
  amount,
  reason,
  defaultPool,
  nonLeadPool,
}: {
  officeId: string;
  officeName: string;
  year: number;
  amount?: number;
  reason?: string;
  defaultPool: number;
  nonLeadPool: number;
}) {
  const id = `${officeId}-${year}`;
  return (
    <ActionForm
      action={savePoolOverride.bind(null, officeId, year)}
      submitLabel="Gem aftalt pulje"
      label={`Aftalt pulje for ${officeName} ${year}`}
      validate={validateWith(poolOverrideSchema({ nonLeadPool }))}
    >
      {({ errors }) => (
        <>
          <Field
            id={`amount-${id}`}
            label={`Aftalt pulje ${year} (kr.) — uden aftale betaler de deltagende ${defaultPool.toLocaleString("da-DK")} kr.`}
            name="amount"
            inputMode="numeric"
            defaultValue={amount === undefined ? "" : String(amount)}
            error={errors.amount}
          />
          <div>
            <label htmlFor={`reason-${id}`} className="block font-medium">
              Begrundelse (fx dato for dialogmøde med klyngen)
            </label>
            <textarea
              id={`reason-${id}`}
              name="reason"
              rows={2}
              defaultValue={reason}
              aria-invalid={!!errors.reason}
              aria-describedby={errors.reason ? `reason-${id}-error` : undefined}
              className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2"
            />
            <FieldError id={`reason-${id}-error`} message={errors.reason} />
          </div>
        </>
      )}
    </ActionForm>
  );
}
