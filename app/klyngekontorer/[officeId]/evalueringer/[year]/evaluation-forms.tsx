"use client";

import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { FieldError } from "@/components/form-messages";
import { evaluationSubmissionSchema, KPI_FIELDS, MAX_SUMMARY, reviewSchema } from "@/lib/evaluations/evaluation-schema";
import { dueDateSchema } from "@/lib/settings/settings-schemas";
import { validateWith } from "@/lib/validation/validate-form";
import { evaluationDueDateAction, reviewEvaluationAction, submitEvaluationAction } from "./actions";

const box = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2";

export function SubmitEvaluationForm({
  officeId,
  year,
  version,
  previous,
  previousFiles,
}: {
  officeId: string;
  year: number;
  version: number;
  previous?: Record<string, string | number>;
  /** The files of the version before: handed in again unless unticked (a new report replaces the old). */
  previousFiles?: { version: number; files: { id: string; kind: string; fileName: string }[] };
}) {
  const keptReport = previousFiles?.files.find((f) => f.kind === "EVALUATION_REPORT");
  const keptAppendices = previousFiles?.files.filter((f) => f.kind === "EVALUATION_APPENDIX") ?? [];
  const router = useRouter();
  return (
    <ActionForm<{ version: number }>
      action={submitEvaluationAction.bind(null, officeId, year)}
      submitLabel="Aflever evaluering"
      label="Aflever evaluering"
      validate={validateWith(evaluationSubmissionSchema)}
      invalidMessage="Evalueringen er ikke afleveret. Ret de markerede felter."
      onAnswer={(state) => {
        if (state.outcome === "done" && state.data?.version)
          router.replace(`/klyngekontorer/${officeId}/evalueringer/${year}?afleveret=${state.data.version}`);
      }}
    >
      {({ errors }) => (
        <>
          <input type="hidden" name="version" value={version} />
          <div className="grid gap-3 sm:grid-cols-2">
            {Object.entries(KPI_FIELDS).map(([name, label]) => (
              <Field
                key={name}
                name={name}
                label={label}
                inputMode="numeric"
                defaultValue={previous?.[name] === undefined ? "" : String(previous[name])}
                error={errors[name]}
              />
            ))}
          </div>
          <div>
            <label htmlFor="summary" className="block font-medium">
              Kort opsummering (højst {MAX_SUMMARY.toLocaleString("da-DK")} tegn)
            </label>
            <textarea
              id="summary"
              name="summary"
              rows={5}
              maxLength={MAX_SUMMARY * 2}
              defaultValue={previous?.summary === undefined ? "" : String(previous.summary)}
              aria-invalid={!!errors.summary}
              aria-describedby={errors.summary ? "summary-error" : undefined}
              className={box}
            />
            <FieldError id="summary-error" message={errors.summary} />
          </div>
          {previousFiles && previousFiles.files.length > 0 && (
            <fieldset className="rounded border border-slate-200 p-3" data-testid="kept-files">
              <legend className="px-1 font-medium">Filer fra version {previousFiles.version}</legend>
              <p className="text-sm text-slate-700">
                De afleveres igen med den nye version. Fjern fluebenet ved en fil, der ikke skal med.
              </p>
              {keptReport && (
                <label className="mt-2 flex items-center gap-2">
                  <input type="checkbox" name="keepReport" value={keptReport.id} defaultChecked className="h-4 w-4" />
                  Rapporten: {keptReport.fileName}
                </label>
              )}
              {keptAppendices.map((file) => (
                <label key={file.id} className="mt-2 flex items-center gap-2">
                  <input type="checkbox" name="keepAppendices" value={file.id} defaultChecked className="h-4 w-4" />
                  Bilag: {file.fileName}
                </label>
              ))}
            </fieldset>
          )}
          <div>
            <label htmlFor="report" className="block font-medium">
              {keptReport
                ? "Evalueringsrapport, en ny (valgfrit: PDF, højst 20 MB)"
                : "Evalueringsrapport (PDF, højst 20 MB)"}
            </label>
            {keptReport && (
              <p id="report-hint" className="text-sm text-slate-700">
                En ny rapport erstatter {keptReport.fileName}.
              </p>
            )}
            <input
              id="report"
              name="report"
              type="file"
              accept="application/pdf,.pdf"
              aria-invalid={!!errors.report}
              aria-describedby={errors.report ? "report-error" : keptReport ? "report-hint" : undefined}
              className={box}
            />
            <FieldError id="report-error" message={errors.report} />
          </div>
          <div>
            <label htmlFor="appendices" className="block font-medium">
              {keptAppendices.length ? "Flere bilag" : "Bilag"} (valgfrit: PDF, DOCX eller XLSX, højst 20 MB hver)
            </label>
            <input
              id="appendices"
              name="appendices"
              type="file"
              multiple
              accept=".pdf,.docx,.xlsx"
              aria-invalid={!!errors.appendices}
              aria-describedby={errors.appendices ? "appendices-error" : undefined}
              className={box}
            />
            <FieldError id="appendices-error" message={errors.appendices} />
          </div>
        </>
      )}
    </ActionForm>
  );
}

export function ReviewEvaluationForm({ reportId, version }: { reportId: string; version: number }) {
  return (
    <ActionForm
      action={reviewEvaluationAction.bind(null, reportId)}
      validate={validateWith(reviewSchema)}
      submitLabel="Gem behandling"
      label="Behandl evaluering"
    >
      {({ errors }) => (
        <>
          <input type="hidden" name="version" value={version} />
          <fieldset aria-describedby={errors.outcome ? "outcome-error" : undefined}>
            <legend className="font-medium">Afgørelse</legend>
            <label className="mt-1 flex items-center gap-2">
              <input type="radio" name="outcome" value="APPROVED" aria-invalid={!!errors.outcome} className="h-4 w-4" />{" "}
              Godkend
            </label>
            <label className="mt-1 flex items-center gap-2">
              <input type="radio" name="outcome" value="RETURNED" aria-invalid={!!errors.outcome} className="h-4 w-4" />{" "}
              Send retur med bemærkninger
            </label>
            <FieldError id="outcome-error" message={errors.outcome} />
          </fieldset>
          <div>
            <label htmlFor="comment" className="block font-medium">
              Bemærkninger til klyngekontoret
            </label>
            <textarea
              id="comment"
              name="comment"
              rows={3}
              aria-invalid={!!errors.comment}
              aria-describedby={errors.comment ? "comment-error" : undefined}
              className={box}
            />
            <FieldError id="comment-error" message={errors.comment} />
          </div>
        </>
      )}
    </ActionForm>
  );
}

export function EvaluationDueDateForm({
  reportId,
  dueDate,
  period,
}: {
  reportId: string;
  dueDate: string;
  period: { firstYear: number; lastYear: number };
}) {
  return (
    <ActionForm
      action={evaluationDueDateAction.bind(null, reportId)}
      validate={validateWith(dueDateSchema(period))}
      submitLabel="Gem frist"
      label="Frist for evalueringen"
      className="flex flex-wrap items-end gap-3"
    >
      {({ errors }) => <Field name="dueDate" label="Frist" type="date" defaultValue={dueDate} error={errors.dueDate} />}
    </ActionForm>
  );
}
