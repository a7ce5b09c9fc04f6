"use client";

import { useState } from "react";
import { ConfirmPastDeadline } from "@/components/confirm-past-deadline";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { FieldError } from "@/components/form-messages";
import {
  decisionDueDatesSchema,
  leadSplitMessage,
  leadSplitSchema,
  poolOverrideSchema,
} from "@/lib/settings/settings-schemas";
import { validateWith } from "@/lib/validation/validate-form";
import { saveDecisionDueDate, saveLeadSplit, savePoolOverride } from "./actions";

/**
 * The decision deadlines of a period: the period's, and each office's own (empty: the period's applies). One form,
 * so it is plain which deadline each office has — a period's deadline alone said nothing of the offices with their own.
 */
export function DueDateForm({
  agreementId,
  dueDate,
  period,
  offices,
}: {
  agreementId: string;
  dueDate: string;
  /** The period's years: the deadline lies near them. */
  period: { firstYear: number; lastYear: number };
  /** Each office's own deadline ("YYYY-MM-DD"), or "" when the period's applies. */
  offices: { id: string; name: string; dueDate: string }[];
}) {
  const officeIds = offices.map((office) => office.id);
  // The tick answers the question about the dates asked about: a date changed after it is asked about anew.
  const [askedPast, setAskedPast] = useState(false);
  return (
    <ActionForm<{ askPast?: boolean }>
      action={saveDecisionDueDate.bind(null, agreementId)}
      submitLabel="Gem frister"
      label="Frister for beslutninger"
      validate={validateWith(decisionDueDatesSchema(period, officeIds))}
      onAnswer={(state) => setAskedPast(!!state.data?.askPast)}
      onChange={(event) => {
        if ((event.target as HTMLInputElement).name !== "confirmPast") setAskedPast(false);
      }}
    >
      {({ errors }) => (
        <>
          {/* Asked by the server when a deadline moves to a day that has passed (lib/settings/past-deadlines.ts):
              right under the question, the first thing Tab reaches. */}
          {askedPast && <ConfirmPastDeadline label="Ja, gem, selv om fristen er overskredet" />}
          <div className="max-w-xs">
            <Field
              label="Periodens frist for kommunernes beslutninger"
              name="dueDate"
              type="date"
              defaultValue={dueDate}
              error={errors.dueDate}
            />
          </div>
          {offices.length > 0 && (
            <fieldset className="space-y-2">
              <legend className="font-medium">Kontorer med egen frist</legend>
              <p className="text-sm text-slate-700" id="own-due-hint">
                Lad feltet stå tomt, når periodens frist gælder for kontoret.
              </p>
              <div className="grid gap-3 sm:grid-cols-2">
                {offices.map((office, o) => (
                  <div key={office.id}>
                    <input type="hidden" name={`office.${o}.id`} value={office.id} />
                    <Field
                      id={`own-due-${o}`}
                      label={`Egen frist for ${office.name}`}
                      name={`office.${o}.dueDate`}
                      type="date"
                      defaultValue={office.dueDate}
                      aria-describedby={errors[`office.${o}.dueDate`] ? `own-due-${o}-error` : "own-due-hint"}
                      error={errors[`office.${o}.dueDate`] ?? errors[`office.${o}.id`]}
                    />
                  </div>
                ))}
              </div>
            </fieldset>
          )}
        </>
      )}
    </ActionForm>
  );
}

export function LeadSplitForm({
  officeId,
  officeName,
  leadContribution,
  firstYear,
  lastYear,
  defaultFromYear,
  leads,
  municipalities,
}: {
  officeId: string;
  officeName: string;
  leadContribution: number;
  firstYear: number;
  lastYear: number;
  defaultFromYear: number;
  /** Every municipality that leads the office in some year, with its amount in the default year (0 if none). */
  leads: { municipalityId: string; name: string; amount: number; note?: string }[];
  municipalities: { id: string; name: string }[];
}) {
  const schema = leadSplitSchema({
    municipalityIds: municipalities.map((m) => m.id),
    leadContribution,
    firstYear,
    lastYear,
  });
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const others = municipalities.filter((m) => !leads.some((l) => l.municipalityId === m.id));
  const box = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2";
  return (
    <ActionForm
      action={saveLeadSplit.bind(null, officeId)}
      submitLabel="Gem leadbeløb"
      label={`Leadbeløb for ${officeName}`}
      validate={validateWith(schema)}
      invalidMessage={leadSplitMessage}
    >
      {({ errors }) => (
        <fieldset aria-describedby={errors.amounts ? `amounts-${officeId}-error` : undefined} className="space-y-3">
          <legend className="font-medium">{officeName}: ny fordeling</legend>
          <div className="max-w-xs">
            <label htmlFor={`fromYear-${officeId}`} className="block font-medium">
              Gælder fra år
            </label>
            <select
              id={`fromYear-${officeId}`}
              name="fromYear"
              defaultValue={String(defaultFromYear)}
              className={box}
              aria-invalid={!!errors.fromYear}
              aria-describedby={errors.fromYear ? `fromYear-${officeId}-error` : undefined}
            >
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
            <FieldError id={`fromYear-${officeId}-error`} message={errors.fromYear} />
            <p className="text-sm text-slate-700">Årene før forbliver, som de er.</p>
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            {leads.map((lead) => (
              <Field
                key={lead.municipalityId}
                id={`lead-${officeId}-${lead.municipalityId}`}
                label={`${lead.name} (kr. pr. år)${lead.note ? ` — ${lead.note}` : ""}`}
                name={`lead:${lead.municipalityId}`}
                inputMode="numeric"
                defaultValue={String(lead.amount)}
                error={errors[`lead:${lead.municipalityId}`]}
                {...(errors.amounts ? { "aria-invalid": true } : {})}
              />
            ))}
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <div>
              <label htmlFor={`newLead-${officeId}`} className="block font-medium">
                Ny leadkommune (valgfrit)
              </label>
              <select
                id={`newLead-${officeId}`}
                name="newLeadMunicipalityId"
                defaultValue=""
                className={box}
                aria-invalid={!!errors.newLeadMunicipalityId}
                aria-describedby={errors.newLeadMunicipalityId ? `newLead-${officeId}-error` : undefined}
              >
                <option value="">Ingen</option>
                {others.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
              <FieldError id={`newLead-${officeId}-error`} message={errors.newLeadMunicipalityId} />
            </div>
            <Field
              id={`newLeadAmount-${officeId}`}
              label="Den nye leadkommunes beløb (kr. pr. år)"
              name="newLeadAmount"
              inputMode="numeric"
              error={errors.newLeadAmount}
            />
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
