"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { FieldError } from "@/components/form-messages";
import { decisionFormSchema } from "@/lib/decisions/decision-schema";
import { validateWith } from "@/lib/validation/validate-form";
import { DECISION_LABELS, formatDate, formatDateTime } from "@/lib/format";
import { submitDecision, type DecisionFormData } from "./actions";
import { DecisionPreview } from "./decision-preview";

type Props = {
  municipalityCode: string;
  offices: { id: string; name: string; version: number }[];
  firstYear: number;
  lastYear: number;
  today: string;
  councilBodies: string[];
};

const input = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2";

export function DecisionForm({ municipalityCode, offices, firstYear, lastYear, today, councilBodies }: Props) {
  const router = useRouter();
  const [previewIsCurrent, setPreviewIsCurrent] = useState(false);
  // The versions this user has seen; a conflict hands back the newer ones, kept for a deliberate re-save.
  const [versions, setVersions] = useState<Record<string, number>>(() =>
    Object.fromEntries(offices.map((o) => [o.id, o.version])),
  );
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const schema = decisionFormSchema({ firstYear, lastYear, today });

  return (
    <ActionForm<DecisionFormData>
      action={submitDecision.bind(null, municipalityCode)}
      label="Registrér byrådets beslutning"
      validate={validateWith(schema)}
      invalidMessage="Beslutningen er ikke gemt. Ret de markerede felter."
      onChange={() => setPreviewIsCurrent(false)}
      onAnswer={(state) => {
        if (state.data?.saved) router.push(`/kommuner/${municipalityCode}?gemt=1`);
        if (state.data?.preview) setPreviewIsCurrent(true);
        if (state.data?.versions) setVersions((current) => ({ ...current, ...state.data!.versions }));
      }}
      className="space-y-6 rounded-lg border border-slate-200 bg-white p-6"
      buttons={({ state, pending }) => (
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            name="intent"
            value="preview"
            disabled={pending}
            className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-70"
          >
            {pending ? "Arbejder …" : "Se konsekvenser"}
          </button>
          {state.data?.preview && previewIsCurrent && (
            <button
              type="submit"
              name="intent"
              value="save"
              disabled={pending}
              className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
            >
              {pending ? "Arbejder …" : "Gem beslutning"}
            </button>
          )}
        </div>
      )}
    >
      {({ errors, state }) => {
        const describedBy = (name: string) => (errors[name] ? `${name}-error` : undefined);
        const invalid = (name: string) => !!errors[name];
        const conflicts = state.outcome === "refused" ? state.data?.conflicts : undefined;
        return (
          <>
            {conflicts && (
              <ul className="rounded border border-amber-400 bg-amber-50 p-3" data-testid="conflicting-decisions">
                {conflicts.map((c) => (
                  <li key={c.officeName}>
                    <strong>{c.officeName}:</strong> {DECISION_LABELS[c.decision]} fra {c.effectiveFromYear} (møde{" "}
                    {formatDate(new Date(c.meetingDate))}), registreret af {c.recordedBy}{" "}
                    {formatDateTime(new Date(c.recordedAt))}
                  </li>
                ))}
              </ul>
            )}
            {offices.map((o) => (
              <input key={o.id} type="hidden" name={`version:${o.id}`} value={versions[o.id]} />
            ))}

            <fieldset aria-describedby={describedBy("officeIds")}>
              <legend className="font-medium">Klyngekontorer, beslutningen gælder</legend>
              <p className="text-sm text-slate-700">Byrådet beslutter som regel for alle kontorer på én gang.</p>
              {offices.map((o) => (
                <label key={o.id} className="mt-2 flex items-center gap-2">
                  <input
                    type="checkbox"
                    name="officeIds"
                    value={o.id}
                    defaultChecked
                    aria-invalid={invalid("officeIds")}
                    className="h-4 w-4"
                  />
                  {o.name}
                </label>
              ))}
              <FieldError id="officeIds-error" message={errors.officeIds} />
            </fieldset>

            <fieldset aria-describedby={describedBy("decision")}>
              <legend className="font-medium">Beslutning</legend>
              <div className="mt-2 flex gap-6">
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="decision"
                    value="YES"
                    aria-invalid={invalid("decision")}
                    className="h-4 w-4"
                  />
                  Ja, kommunen deltager
                </label>
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="decision"
                    value="NO"
                    aria-invalid={invalid("decision")}
                    className="h-4 w-4"
                  />
                  Nej, kommunen deltager ikke
                </label>
              </div>
              <FieldError id="decision-error" message={errors.decision} />
            </fieldset>

            <div className="grid gap-4 sm:grid-cols-2">
              <div>
                <label htmlFor="effectiveFromYear" className="block font-medium">
                  Gælder fra år
                </label>
                <select
                  id="effectiveFromYear"
                  name="effectiveFromYear"
                  defaultValue={String(firstYear)}
                  className={input}
                  aria-invalid={invalid("effectiveFromYear")}
                  aria-describedby={describedBy("effectiveFromYear")}
                >
                  {years.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
                <FieldError id="effectiveFromYear-error" message={errors.effectiveFromYear} />
              </div>
              <div>
                <label htmlFor="effectiveToYear" className="block font-medium">
                  Gælder til og med år (valgfrit)
                </label>
                <select
                  id="effectiveToYear"
                  name="effectiveToYear"
                  defaultValue=""
                  className={input}
                  aria-invalid={invalid("effectiveToYear")}
                  aria-describedby={describedBy("effectiveToYear")}
                >
                  <option value="">Resten af perioden</option>
                  {years.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
                <FieldError id="effectiveToYear-error" message={errors.effectiveToYear} />
              </div>
              <div>
                <label htmlFor="councilBody" className="block font-medium">
                  Besluttet af
                </label>
                <select
                  id="councilBody"
                  name="councilBody"
                  defaultValue=""
                  className={input}
                  aria-invalid={invalid("councilBody")}
                  aria-describedby={describedBy("councilBody")}
                >
                  <option value="" disabled>
                    Vælg organ
                  </option>
                  {councilBodies.map((b) => (
                    <option key={b} value={b}>
                      {b}
                    </option>
                  ))}
                </select>
                <FieldError id="councilBody-error" message={errors.councilBody} />
              </div>
              <div>
                <label htmlFor="meetingDate" className="block font-medium">
                  Mødedato
                </label>
                <input
                  id="meetingDate"
                  name="meetingDate"
                  type="date"
                  max={today}
                  className={input}
                  aria-invalid={invalid("meetingDate")}
                  aria-describedby={describedBy("meetingDate")}
                />
                <FieldError id="meetingDate-error" message={errors.meetingDate} />
              </div>
            </div>

            <div>
              <label htmlFor="caseReference" className="block font-medium">
                Dagsordenspunkt eller sagsnummer
              </label>
              <input
                id="caseReference"
                name="caseReference"
                className={input}
                placeholder="fx Punkt 12 / sag 24.10.00-A00-1-21"
                aria-invalid={invalid("caseReference")}
                aria-describedby={describedBy("caseReference")}
              />
              <FieldError id="caseReference-error" message={errors.caseReference} />
            </div>
            <div>
              <label htmlFor="minutesUrl" className="block font-medium">
                Link til det offentliggjorte referat (valgfrit)
              </label>
              <input
                id="minutesUrl"
                name="minutesUrl"
                type="url"
                className={input}
                placeholder="https://"
                aria-invalid={invalid("minutesUrl")}
                aria-describedby={describedBy("minutesUrl")}
              />
              <FieldError id="minutesUrl-error" message={errors.minutesUrl} />
            </div>
            <div>
              <label htmlFor="minutes" className="block font-medium">
                Referat som PDF (valgfrit, højst 20 MB)
              </label>
              <input
                id="minutes"
                name="minutes"
                type="file"
                accept="application/pdf,.pdf"
                className={input}
                aria-invalid={invalid("minutes")}
                aria-describedby={describedBy("minutes")}
              />
              <FieldError id="minutes-error" message={errors.minutes} />
            </div>
            <div>
              <label htmlFor="note" className="block font-medium">
                Bemærkning (valgfri)
              </label>
              <textarea
                id="note"
                name="note"
                rows={3}
                className={input}
                aria-invalid={invalid("note")}
                aria-describedby={describedBy("note")}
              />
              <FieldError id="note-error" message={errors.note} />
            </div>
            <div>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="isCorrection" className="h-4 w-4" /> Registreringen retter en tidligere
                fejlregistrering
              </label>
              <label htmlFor="correctionReason" className="mt-2 block font-medium">
                Hvad rettes, og hvorfor? (ved rettelse)
              </label>
              <textarea
                id="correctionReason"
                name="correctionReason"
                rows={2}
                className={input}
                aria-invalid={invalid("correctionReason")}
                aria-describedby={describedBy("correctionReason")}
              />
              <FieldError id="correctionReason-error" message={errors.correctionReason} />
            </div>

            {state.outcome === "done" && state.data?.preview && previewIsCurrent && (
              <DecisionPreview preview={state.data.preview} />
            )}
          </>
        );
      }}
    </ActionForm>
  );
}
