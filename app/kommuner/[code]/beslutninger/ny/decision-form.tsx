"use client";

import { useActionState, useEffect, useRef, useState, startTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { decisionFormSchema, decisionFormValues } from "@/lib/decisions/decision-schema";
import { checkPdf } from "@/lib/files/check-upload";
import { FieldError, FormError } from "@/components/form-messages";
import { submitDecision, type DecisionFormState } from "./actions";
import { DecisionPreview } from "./decision-preview";
import { DECISION_LABELS, formatDate, formatDateTime } from "@/lib/format";

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
  const [state, dispatch, pending] = useActionState(submitDecision.bind(null, municipalityCode), {
    status: "idle",
  } as DecisionFormState);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [previewIsCurrent, setPreviewIsCurrent] = useState(false);
  const intent = useRef<"preview" | "save">("preview");
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  // The versions this user has seen; a conflict hands back the newer ones, kept for a deliberate re-save.
  const [versions, setVersions] = useState<Record<string, number>>(() =>
    Object.fromEntries(offices.map((o) => [o.id, o.version])),
  );
  const errors = { ...state.fieldErrors, ...clientErrors };

  useEffect(() => {
    if (state.status === "saved") router.push(`/kommuner/${municipalityCode}?gemt=1`);
    if (state.status === "preview") setPreviewIsCurrent(true);
    if (state.status === "conflict" && state.versions) setVersions((current) => ({ ...current, ...state.versions }));
  }, [state, router, municipalityCode]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("intent", intent.current);
    const found: Record<string, string> = {};
    const parsed = decisionFormSchema({ firstYear, lastYear, today }).safeParse(decisionFormValues(form));
    if (!parsed.success) for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
    const file = form.get("minutes");
    if (file instanceof File && file.size > 0) {
      const check = checkPdf(new Uint8Array(await file.slice(0, 8).arrayBuffer()), file.size);
      if (!check.ok) found.minutes = check.message;
    }
    setClientErrors(found);
    if (Object.keys(found).length) return;
    startTransition(() => dispatch(form));
  }

  const describedBy = (name: string) => (errors[name] ? `${name}-error` : undefined);
  return (
    <form
      onSubmit={onSubmit}
      onChange={() => setPreviewIsCurrent(false)}
      noValidate
      className="space-y-6 rounded-lg border border-slate-200 bg-white p-6"
    >
      <FormError
        message={
          Object.keys(clientErrors).length ? "Beslutningen er ikke gemt. Ret de markerede felter." : state.formError
        }
      />
      {state.status === "conflict" && state.conflicts && (
        <ul className="rounded border border-amber-400 bg-amber-50 p-3" data-testid="conflicting-decisions">
          {state.conflicts.map((c) => (
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
            <input type="checkbox" name="officeIds" value={o.id} defaultChecked className="h-4 w-4" />
            {o.name}
          </label>
        ))}
        <FieldError id="officeIds-error" message={errors.officeIds} />
      </fieldset>

      <fieldset aria-describedby={describedBy("decision")}>
        <legend className="font-medium">Beslutning</legend>
        <div className="mt-2 flex gap-6">
          <label className="flex items-center gap-2">
            <input type="radio" name="decision" value="YES" className="h-4 w-4" /> Ja, kommunen deltager
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="decision" value="NO" className="h-4 w-4" /> Nej, kommunen deltager ikke
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
          aria-describedby={describedBy("minutes")}
        />
        <FieldError id="minutes-error" message={errors.minutes} />
      </div>
      <div>
        <label htmlFor="note" className="block font-medium">
          Bemærkning (valgfri)
        </label>
        <textarea id="note" name="note" rows={3} className={input} aria-describedby={describedBy("note")} />
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
          aria-describedby={describedBy("correctionReason")}
        />
        <FieldError id="correctionReason-error" message={errors.correctionReason} />
      </div>

      {state.status === "preview" && previewIsCurrent && state.preview && <DecisionPreview preview={state.preview} />}

      <div className="flex flex-wrap gap-3" aria-live="polite">
        <button
          type="submit"
          onClick={() => (intent.current = "preview")}
          disabled={pending}
          className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-70"
        >
          {pending && intent.current === "preview" ? "Beregner …" : "Se konsekvenser"}
        </button>
        {state.status === "preview" && previewIsCurrent && (
          <button
            type="submit"
            onClick={() => (intent.current = "save")}
            disabled={pending}
            className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
          >
            {pending && intent.current === "save" ? "Gemmer …" : "Gem beslutning"}
          </button>
        )}
      </div>
    </form>
  );
}
