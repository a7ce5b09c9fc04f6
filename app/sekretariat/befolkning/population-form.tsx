"use client";

import { useState } from "react";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { FieldError } from "@/components/form-messages";
import { formatNumber } from "@/lib/format";
import { importPopulationAction, type PopulationFormData } from "./actions";
import { ScrollBox } from "@/components/scroll-box";

const cell = "px-2 py-1";

/** Upload → every municipality's new and previous figure → store (issue 12). */
export function PopulationForm({ regionCode, defaultDate }: { regionCode: string; defaultDate: string }) {
  const [previewIsCurrent, setPreviewIsCurrent] = useState(false);
  return (
    <ActionForm<PopulationFormData>
      action={importPopulationAction.bind(null, regionCode)}
      label="Importér befolkningstal"
      invalidMessage="Befolkningstallene er ikke gemt. Ret de markerede felter."
      onChange={() => setPreviewIsCurrent(false)}
      onAnswer={(state) => setPreviewIsCurrent(!!state.data?.preview?.ok)}
      buttons={({ state, pending, disabled }) => (
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            name="intent"
            value="preview"
            disabled={disabled}
            className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-70"
          >
            {pending ? "Læser filen …" : "Se tallene"}
          </button>
          {state.data?.preview?.ok && previewIsCurrent && (
            <button
              type="submit"
              name="intent"
              value="save"
              disabled={disabled}
              className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
            >
              {pending ? "Gemmer …" : "Gem befolkningstallene"}
            </button>
          )}
        </div>
      )}
    >
      {({ errors, state }) => {
        const preview = state.data?.preview;
        const problems =
          (preview && !preview.ok ? preview.problems : undefined) ??
          (state.data as { problems?: string[] } | undefined)?.problems ??
          [];
        return (
          <>
            <div className="grid gap-3 sm:grid-cols-2">
              <div>
                <label htmlFor="population-file" className="block font-medium">
                  Fil fra Danmarks Statistik (FOLK1A som CSV) eller kode;indbyggere
                </label>
                <input
                  id="population-file"
                  name="file"
                  type="file"
                  accept=".csv,.txt,text/csv,text/plain"
                  className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2"
                  aria-invalid={!!errors.file}
                  aria-describedby={
                    [errors.file && "population-file-error", problems.length && "population-problems"]
                      .filter(Boolean)
                      .join(" ") || undefined
                  }
                />
                <FieldError id="population-file-error" message={errors.file} />
              </div>
              <Field
                label="Tallene gælder pr."
                name="basisDate"
                type="date"
                defaultValue={defaultDate}
                error={errors.basisDate}
              />
            </div>
            {problems.length > 0 && (
              <ul
                id="population-problems"
                className="list-disc space-y-1 rounded border border-red-300 bg-red-50 p-3 pl-8 text-red-900"
                data-testid="population-problems"
              >
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
            {preview?.ok && previewIsCurrent && (
              <section
                aria-labelledby="population-preview-heading"
                tabIndex={-1}
                data-focus-after-answer
                data-testid="population-preview"
                className="rounded border border-brand-700/40 bg-brand-50 p-4"
              >
                <h2 id="population-preview-heading" className="text-lg font-semibold">
                  {preview.rows.length} kommuner, i alt {formatNumber(preview.total)} indbyggere
                </h2>
                <p className="text-sm text-slate-700">
                  Intet er gemt endnu.
                  {preview.previousDate
                    ? ` Forrige tal er pr. ${preview.previousDate}.`
                    : " Der er ingen tidligere tal."}
                </p>
                <ScrollBox className="mt-2">
                  <table className="w-full border-collapse text-left text-sm">
                    <caption className="sr-only">De nye og de forrige befolkningstal</caption>
                    <thead className="border-b border-slate-300">
                      <tr>
                        <th scope="col" className={cell}>
                          Kommune
                        </th>
                        <th scope="col" className={`${cell} text-right`}>
                          Nyt tal
                        </th>
                        <th scope="col" className={`${cell} text-right`}>
                          Forrige tal
                        </th>
                        <th scope="col" className={`${cell} text-right`}>
                          Forskel
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.rows.map((row) => (
                        <tr key={row.code} className="border-t border-slate-200">
                          <th scope="row" className={`${cell} font-normal`}>
                            {row.name}
                          </th>
                          <td className={`${cell} text-right tabular-nums`}>{formatNumber(row.population)}</td>
                          <td className={`${cell} text-right tabular-nums`}>
                            {row.previous === null ? "—" : formatNumber(row.previous)}
                          </td>
                          <td className={`${cell} text-right tabular-nums`}>
                            {row.previous === null
                              ? "—"
                              : `${row.population >= row.previous ? "+" : "−"}${formatNumber(Math.abs(row.population - row.previous))}`}
                          </td>
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
