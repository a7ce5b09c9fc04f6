"use client";

import { useState } from "react";
import { ConfirmPastDeadline } from "@/components/confirm-past-deadline";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { FieldError } from "@/components/form-messages";
import { formatKroner, periodLabel } from "@/lib/format";
import { createPeriodAction, type PeriodFormData } from "./actions";
import { ScrollBox } from "@/components/scroll-box";

type Draft = {
  sourceId: string;
  name: string;
  firstYear: number;
  lastYear: number;
  thresholdPercent: number;
  offices: {
    sourceId: string;
    name: string;
    field: string;
    city: string;
    leadContribution: number;
    nonLeadPool: number;
    leads: { municipalityId: string; amount: number }[];
  }[];
};

const box = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2";
const LEAD_ROWS = 3;
const NEW_OFFICES = 2;

/** A new period made from the previous one: change what differs, see the summary, then create it (issue 12). */
export function PeriodForm({
  regionCode,
  draft,
  municipalities,
  basisDates,
}: {
  regionCode: string;
  draft: Draft;
  municipalities: { id: string; name: string }[];
  basisDates: { date: string; label: string }[];
}) {
  const [summaryIsCurrent, setSummaryIsCurrent] = useState(false);
  const offices = [
    ...draft.offices.map((office) => ({ ...office, keep: true })),
    ...Array.from({ length: NEW_OFFICES }, () => ({
      sourceId: "",
      name: "",
      field: "",
      city: "",
      leadContribution: draft.offices[0]?.leadContribution ?? 500_000,
      nonLeadPool: draft.offices[0]?.nonLeadPool ?? 500_000,
      leads: [],
      keep: false,
    })),
  ];
  return (
    <ActionForm<PeriodFormData>
      action={createPeriodAction.bind(null, regionCode, draft.sourceId)}
      label="Ny periode"
      invalidMessage="Perioden er ikke oprettet. Ret de markerede felter."
      // Any change but the tick under a passed deadline makes the summary old: see it again before creating.
      onChange={(event) => {
        if ((event.target as HTMLInputElement).name !== "confirmPast") setSummaryIsCurrent(false);
      }}
      onAnswer={(state) => setSummaryIsCurrent(!!state.data?.summary)}
      className="space-y-6"
      buttons={({ state, pending, disabled }) => (
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            name="intent"
            value="preview"
            disabled={disabled}
            className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-70"
          >
            {pending ? "Arbejder …" : "Se opsummering"}
          </button>
          {state.data?.summary && summaryIsCurrent && (
            <button
              type="submit"
              name="intent"
              value="save"
              disabled={disabled}
              className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
            >
              {pending ? "Arbejder …" : "Opret perioden"}
            </button>
          )}
        </div>
      )}
    >
      {({ errors, state }) => (
        <>
          <fieldset className="grid gap-3 sm:grid-cols-2">
            <legend className="mb-2 font-semibold">Perioden</legend>
            <Field label="Periodens navn" name="name" defaultValue={draft.name} error={errors.name} />
            <Field
              label="Tærskel (%)"
              name="thresholdPercent"
              inputMode="decimal"
              defaultValue={String(draft.thresholdPercent).replace(".", ",")}
              error={errors.thresholdPercent}
            />
            <Field
              label="Første år"
              name="firstYear"
              inputMode="numeric"
              defaultValue={String(draft.firstYear)}
              error={errors.firstYear}
            />
            <Field
              label="Sidste år"
              name="lastYear"
              inputMode="numeric"
              defaultValue={String(draft.lastYear)}
              error={errors.lastYear}
            />
            <div>
              <label htmlFor="populationBasisDate" className="block font-medium">
                Befolkningstal pr.
              </label>
              <select
                id="populationBasisDate"
                name="populationBasisDate"
                defaultValue={basisDates[0]?.date ?? ""}
                className={box}
                aria-invalid={!!errors.populationBasisDate}
                aria-describedby={errors.populationBasisDate ? "populationBasisDate-error" : undefined}
              >
                {basisDates.map((basis) => (
                  <option key={basis.date} value={basis.date}>
                    {basis.label}
                  </option>
                ))}
              </select>
              <FieldError id="populationBasisDate-error" message={errors.populationBasisDate} />
            </div>
            <Field
              label="Bemærkning til befolkningstallene (valgfri)"
              name="populationNote"
              error={errors.populationNote}
            />
          </fieldset>

          {offices.map((office, o) => (
            <fieldset
              key={o}
              className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
              data-testid={`period-office-${o}`}
            >
              <legend className="px-1 font-semibold">
                {office.sourceId
                  ? `${office.name} (fra forrige periode)`
                  : `Nyt klyngekontor ${o - draft.offices.length + 1}`}
              </legend>
              <input type="hidden" name={`office.${o}.sourceId`} value={office.sourceId} />
              <div>
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    name={`office.${o}.keep`}
                    defaultChecked={office.keep}
                    aria-invalid={!!errors[`office.${o}.keep`]}
                    aria-describedby={errors[`office.${o}.keep`] ? `office-${o}-keep-error` : undefined}
                    className="h-4 w-4"
                  />
                  {office.sourceId ? "Fortsætter i den nye periode" : "Med i den nye periode"}
                </label>
                <FieldError id={`office-${o}-keep-error`} message={errors[`office.${o}.keep`]} />
              </div>
              <div className="grid gap-3 sm:grid-cols-3">
                <Field
                  id={`office-${o}-name`}
                  label="Navn"
                  name={`office.${o}.name`}
                  defaultValue={office.name}
                  error={errors[`office.${o}.name`]}
                />
                <Field id={`office-${o}-field`} label="Område" name={`office.${o}.field`} defaultValue={office.field} />
                <Field id={`office-${o}-city`} label="By" name={`office.${o}.city`} defaultValue={office.city} />
                <Field
                  id={`office-${o}-lead`}
                  label="Leadbidrag pr. år (kr.)"
                  name={`office.${o}.leadContribution`}
                  inputMode="numeric"
                  defaultValue={String(office.leadContribution)}
                  error={errors[`office.${o}.leadContribution`]}
                />
                <Field
                  id={`office-${o}-pool`}
                  label="Pulje pr. år (kr.)"
                  name={`office.${o}.nonLeadPool`}
                  inputMode="numeric"
                  defaultValue={String(office.nonLeadPool)}
                  error={errors[`office.${o}.nonLeadPool`]}
                />
                <Field
                  id={`office-${o}-due`}
                  label="Frist for beslutninger (valgfri)"
                  name={`office.${o}.decisionDueDate`}
                  type="date"
                  error={errors[`office.${o}.decisionDueDate`]}
                />
              </div>
              <div role="group" aria-labelledby={`office-${o}-leads`} aria-describedby={`office-${o}-leads-error`}>
                <p id={`office-${o}-leads`} className="font-medium">
                  Leadkommuner (beløb pr. år; år kun hvis en lead ikke gælder hele perioden)
                </p>
                {Array.from({ length: LEAD_ROWS }, (_, l) => {
                  const lead = office.leads[l];
                  const name = (field: string) => `office.${o}.lead.${l}.${field}`;
                  return (
                    <div key={l} className="mt-2 grid gap-2 sm:grid-cols-4">
                      <div>
                        <label htmlFor={`lead-${o}-${l}`} className="block text-sm">
                          Lead {l + 1}
                        </label>
                        <select
                          id={`lead-${o}-${l}`}
                          name={name("municipalityId")}
                          defaultValue={lead?.municipalityId ?? ""}
                          aria-invalid={!!errors[name("municipalityId")]}
                          aria-describedby={errors[name("municipalityId")] ? `lead-${o}-${l}-error` : undefined}
                          className={box}
                        >
                          <option value="">Ingen</option>
                          {municipalities.map((m) => (
                            <option key={m.id} value={m.id}>
                              {m.name}
                            </option>
                          ))}
                        </select>
                        <FieldError id={`lead-${o}-${l}-error`} message={errors[name("municipalityId")]} />
                      </div>
                      <Field
                        id={`lead-${o}-${l}-amount`}
                        label={`Lead ${l + 1}: beløb pr. år (kr.)`}
                        name={name("amount")}
                        inputMode="numeric"
                        defaultValue={lead ? String(lead.amount) : ""}
                        error={errors[name("amount")]}
                      />
                      <Field
                        id={`lead-${o}-${l}-from`}
                        label={`Lead ${l + 1}: fra år`}
                        name={name("fromYear")}
                        inputMode="numeric"
                        error={errors[name("fromYear")]}
                      />
                      <Field
                        id={`lead-${o}-${l}-to`}
                        label={`Lead ${l + 1}: til og med år`}
                        name={name("toYear")}
                        inputMode="numeric"
                        error={errors[name("toYear")]}
                      />
                    </div>
                  );
                })}
                <FieldError id={`office-${o}-leads-error`} message={errors[`office.${o}.lead`]} />
              </div>
            </fieldset>
          ))}
          <FieldError id="office-error" message={errors.office} />

          {state.data?.summary && summaryIsCurrent && <PeriodSummary summary={state.data.summary} />}
        </>
      )}
    </ActionForm>
  );
}

function PeriodSummary({ summary }: { summary: NonNullable<PeriodFormData["summary"]> }) {
  return (
    <section
      aria-labelledby="summary-heading"
      tabIndex={-1}
      data-focus-after-answer
      data-testid="period-summary"
      className="rounded border border-brand-700/40 bg-brand-50 p-4"
    >
      <h2 id="summary-heading" className="text-lg font-semibold">
        Opsummering: {periodLabel({ name: summary.name, firstYear: summary.firstYear, lastYear: summary.lastYear })}
      </h2>
      {summary.pastDeadline && (
        <div className="mt-2">
          <ConfirmPastDeadline
            warning={summary.pastDeadline}
            label="Ja, opret perioden, selv om fristen er overskredet"
          />
        </div>
      )}
      <p className="text-sm text-slate-700">
        Intet er gemt endnu. Tærskel {summary.thresholdPercent.toLocaleString("da-DK")} % · befolkningstal pr.{" "}
        {summary.populationBasisDate}
        {summary.populationNote ? ` · ${summary.populationNote}` : ""} · i alt {formatKroner(summary.totalPerYear)} pr.
        år.
      </p>
      <ScrollBox className="mt-2">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Klyngekontorerne i den nye periode</caption>
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className="px-2 py-1">
                Klyngekontor
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                Leadbidrag
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                Pulje
              </th>
              <th scope="col" className="px-2 py-1">
                Leadkommuner
              </th>
              <th scope="col" className="px-2 py-1">
                Frist
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.offices.map((office) => (
              <tr key={office.name} className="border-t border-slate-200 align-top">
                <th scope="row" className="px-2 py-1 font-normal">
                  {office.name}
                </th>
                <td className="px-2 py-1 text-right tabular-nums">{formatKroner(office.leadContribution)}</td>
                <td className="px-2 py-1 text-right tabular-nums">{formatKroner(office.nonLeadPool)}</td>
                <td className="px-2 py-1">
                  {office.leads.map((lead) => `${lead.name} ${formatKroner(lead.amount)} (${lead.years})`).join("; ")}
                </td>
                <td className="px-2 py-1">{office.decisionDueDate ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
