"use client";

import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { FieldError } from "@/components/form-messages";
import { saveDecisionDueDate, saveLeadAmounts, savePoolOverride } from "./actions";

export function DueDateForm({ agreementId, dueDate }: { agreementId: string; dueDate: string }) {
  return (
    <ActionForm action={saveDecisionDueDate} submitLabel="Gem frist" label="Frist for beslutninger">
      {(errors) => (
        <>
          <input type="hidden" name="agreementId" value={agreementId} />
          <Field
            label="Frist for kommunernes beslutninger"
            name="dueDate"
            type="date"
            defaultValue={dueDate}
            error={errors.dueDate}
          />
        </>
      )}
    </ActionForm>
  );
}

export function LeadAmountsForm({
  officeId,
  officeName,
  leads,
}: {
  officeId: string;
  officeName: string;
  leads: { id: string; name: string; amount: number }[];
}) {
  return (
    <ActionForm action={saveLeadAmounts} submitLabel="Gem leadbeløb" label={`Leadbeløb for ${officeName}`}>
      {(errors) => (
        <fieldset aria-describedby={errors.amounts ? `amounts-${officeId}-error` : undefined}>
          <legend className="font-medium">{officeName}</legend>
          <input type="hidden" name="officeId" value={officeId} />
          <div className="grid gap-3 sm:grid-cols-2">
            {leads.map((lead) => (
              <Field
                key={lead.id}
                id={`lead-${lead.id}`}
                label={`${lead.name} (kr. pr. år)`}
                name={`lead:${lead.id}`}
                inputMode="numeric"
                defaultValue={String(lead.amount)}
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
}: {
  officeId: string;
  officeName: string;
  year: number;
  amount?: number;
  reason?: string;
  defaultPool: number;
}) {
  const id = `${officeId}-${year}`;
  return (
    <ActionForm
      action={savePoolOverride}
      submitLabel="Gem aftalt pulje"
      label={`Aftalt pulje for ${officeName} ${year}`}
    >
      {(errors) => (
        <>
          <input type="hidden" name="officeId" value={officeId} />
          <input type="hidden" name="year" value={year} />
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
