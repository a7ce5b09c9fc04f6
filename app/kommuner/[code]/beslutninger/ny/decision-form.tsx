"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { FieldError } from "@/components/form-messages";
import { decisionFormSchema } from "@/lib/decisions/decision-schema";
import { validateWith } from "@/lib/validation/validate-form";
import { DECISION_LABELS, formatDate, formatDateTime, formatYears } from "@/lib/format";
import { submitDecision, type DecisionFormData } from "./actions";
import { ClosedYearsNotice, DecisionPreview } from "./decision-preview";

export type CorrectableDecision = {
  id: string;
  officeId: string;
  officeName: string;
  decision: "YES" | "NO";
  effectiveFromYear: number;
  effectiveToYear: number | null;
  meetingDate: string;
  councilBody: string;
  caseReference: string;
  minutesUrl: string;
};

type Props = {
  municipalityCode: string;
  /** The period the decision belongs to (an older period's decisions are recorded in it). */
  periodId: string;
  offices: {
    id: string;
    name: string;
    version: number;
    hasDecision: boolean;
    registered: { decision: "YES" | "NO"; years: number[] }[];
  }[];
  correctable: CorrectableDecision[];
  firstYear: number;
  lastYear: number;
  today: string;
  councilBodies: string[];
  /** The municipality's name when the secretariat records for it: the preview says «Greve Kommunes andel». */
  onBehalfOf?: string;
};

const input = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2";

/**
 * The default "gælder fra år" (issue 10): for a municipality's first decision on an office the period's first year, or
 * the meeting's year when the meeting is later (a year before the meeting needs the backdating box and a reason, so a
 * default there would be refused; the preview names the years left undecided); for a later decision the year after
 * the meeting — so an opt-out never rewrites the past by default.
 */
function defaultFromYear(o: { later: boolean; meetingDate: string; firstYear: number; lastYear: number }): number {
  const meetingYear = Number(o.meetingDate.slice(0, 4));
  if (!meetingYear) return o.firstYear;
  return Math.min(o.lastYear, Math.max(o.firstYear, o.later ? meetingYear + 1 : meetingYear));
}

export function DecisionForm({
  municipalityCode,
  periodId,
  offices,
  correctable,
  firstYear,
  lastYear,
  today,
  councilBodies,
  onBehalfOf,
}: Props) {
  const router = useRouter();
  const [checked, setChecked] = useState<string[]>(() => offices.map((o) => o.id));
  const [meetingDate, setMeetingDate] = useState("");
  const [chosenFromYear, setChosenFromYear] = useState<string | null>(null);
  const [isCorrection, setIsCorrection] = useState(false);
  const later = offices.some((o) => checked.includes(o.id) && o.hasDecision);
  const fromYear = chosenFromYear ?? String(defaultFromYear({ later, meetingDate, firstYear, lastYear }));
  const [previewIsCurrent, setPreviewIsCurrent] = useState(false);
  const [closedYearsShown, setClosedYearsShown] = useState(false);
  // The versions this user has seen; a conflict hands back the newer ones, kept for a deliberate re-save.
  const [versions, setVersions] = useState<Record<string, number>>(() =>
    Object.fromEntries(offices.map((o) => [o.id, o.version])),
  );
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  /**
   * A correction starts from the registration it corrects: its office alone (a correction is of one office), and what
   * the user has not typed taken from it, so only what was wrong is typed. Nothing typed is overwritten; what the form
   * filled in itself follows another registration picked instead. Uncontrolled fields are set on the form itself.
   */
  const filled = useRef<Record<string, string>>({});
  const startFrom = (chosen: CorrectableDecision, form: HTMLFormElement) => {
    const free = (name: string, value: string | null) => !value || value === filled.current[name];
    const values: Record<string, string> = {
      effectiveFromYear: String(chosen.effectiveFromYear),
      effectiveToYear: chosen.effectiveToYear ? String(chosen.effectiveToYear) : "",
      meetingDate: chosen.meetingDate,
      decision: chosen.decision,
      councilBody: chosen.councilBody,
      caseReference: chosen.caseReference,
      minutesUrl: chosen.minutesUrl,
    };
    const fill = (name: string) => (filled.current[name] = values[name]!);
    setChecked([chosen.officeId]);
    const yearsFree = free("effectiveFromYear", chosenFromYear);
    if (yearsFree) setChosenFromYear(fill("effectiveFromYear"));
    if (free("meetingDate", meetingDate)) setMeetingDate(fill("meetingDate"));
    const checkedDecision = form.querySelector<HTMLInputElement>('input[name="decision"]:checked');
    if (free("decision", checkedDecision?.value ?? null)) {
      const decision = form.querySelector<HTMLInputElement>(`input[name="decision"][value="${fill("decision")}"]`);
      if (decision) decision.checked = true;
    }
    for (const name of ["councilBody", "caseReference", "minutesUrl", ...(yearsFree ? ["effectiveToYear"] : [])]) {
      const input = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (input && free(name, input.value)) input.value = fill(name);
    }
  };
  const schema = decisionFormSchema({ firstYear, lastYear, today });

  return (
    <ActionForm<DecisionFormData>
      action={submitDecision.bind(null, municipalityCode, periodId)}
      label="Registrér byrådets beslutning"
      validate={async (form) => {
        const errors = await validateWith(schema)(form);
        // A preview that reaches closed years asks for the reason before saving (the server checks it again).
        if (form.get("intent") === "save" && closedYearsShown && !String(form.get("closedYearReason") ?? "").trim())
          errors.closedYearReason = "Skriv en begrundelse for efterreguleringen.";
        return errors;
      }}
      invalidMessage="Beslutningen er ikke gemt. Ret de markerede felter."
      onChange={() => setPreviewIsCurrent(false)}
      onAnswer={(state) => {
        if (state.data?.saved) router.push(`/kommuner/${municipalityCode}?periode=${periodId}&gemt=1`);
        if (state.data?.preview) setPreviewIsCurrent(true);
        setClosedYearsShown((state.data?.preview?.closedYears.length ?? 0) > 0);
        if (state.data?.versions) setVersions((current) => ({ ...current, ...state.data!.versions }));
      }}
      className="space-y-6 rounded-lg border border-slate-200 bg-white p-6"
      buttons={({ state, pending, disabled }) => (
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            name="intent"
            value="preview"
            disabled={disabled}
            className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-70"
          >
            {pending ? "Arbejder …" : "Se konsekvenser"}
          </button>
          {state.data?.preview && previewIsCurrent && (
            <button
              type="submit"
              name="intent"
              value="save"
              disabled={disabled}
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
              <p className="text-sm text-slate-700">
                Byrådet beslutter som regel for alle kontorer på én gang.
                {offices.some((o) => o.hasDecision) &&
                  " Fjern krydset ved et kontor, der allerede har en beslutning, hvis den nye beslutning ikke gælder det."}
              </p>
              {offices.map((o) => {
                // What is registered for the office now, beside its tick (the years each decision governs, as the
                // history says them): a decision for one office is not sent for all of them unseen.
                const registered = o.registered;
                const noteId = `office-${o.id}-registered`;
                return (
                  <div key={o.id} className="mt-2">
                    <label className="flex items-center gap-2">
                      <input
                        type="checkbox"
                        name="officeIds"
                        value={o.id}
                        checked={checked.includes(o.id)}
                        onChange={(event) =>
                          setChecked((current) =>
                            event.target.checked ? [...current, o.id] : current.filter((id) => id !== o.id),
                          )
                        }
                        aria-invalid={invalid("officeIds")}
                        aria-describedby={registered.length ? noteId : undefined}
                        className="h-4 w-4"
                      />
                      {o.name}
                    </label>
                    {registered.length > 0 && (
                      <p id={noteId} className="ml-6 text-sm text-slate-700" data-testid="office-registered">
                        Registreret nu:{" "}
                        {registered.map((d) => `«${DECISION_LABELS[d.decision]}» ${formatYears(d.years)}`).join(", ")}
                      </p>
                    )}
                  </div>
                );
              })}
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
                  value={fromYear}
                  onChange={(event) => setChosenFromYear(event.target.value)}
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
                  value={meetingDate}
                  onChange={(event) => setMeetingDate(event.target.value)}
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
              <label htmlFor="approvedAmountPerYear" className="block font-medium">
                Bevilget beløb pr. år for kontoret (valgfrit)
              </label>
              <p id="approvedAmountPerYear-hint" className="text-sm text-slate-700">
                Det beløb, byrådet har bevilget. Portalen advarer, hvis andelen kan komme over det.
              </p>
              <input
                id="approvedAmountPerYear"
                name="approvedAmountPerYear"
                inputMode="numeric"
                className={input}
                aria-invalid={invalid("approvedAmountPerYear")}
                aria-describedby={describedBy("approvedAmountPerYear") ?? "approvedAmountPerYear-hint"}
              />
              <FieldError id="approvedAmountPerYear-error" message={errors.approvedAmountPerYear} />
            </div>
            <fieldset className="rounded border border-slate-200 p-3" aria-describedby="correction-hint">
              <legend className="px-1 font-medium">Rettelse og tilbagevirkende kraft</legend>
              <p id="correction-hint" className="text-sm text-slate-700">
                Brug det, når en registrering var forkert, eller når beslutningen gælder fra et år før mødets år. Du ser
                i forhåndsvisningen, hvilke forløbne år der ændres, og for hvem.
              </p>
              <label className="mt-2 flex items-center gap-2">
                <input
                  type="checkbox"
                  name="isCorrection"
                  className="h-4 w-4"
                  checked={isCorrection}
                  onChange={(event) => setIsCorrection(event.target.checked)}
                  aria-invalid={invalid("isCorrection")}
                  aria-describedby={describedBy("isCorrection")}
                />{" "}
                Registreringen er en rettelse eller gælder med tilbagevirkende kraft
              </label>
              <FieldError id="isCorrection-error" message={errors.isCorrection} />
              {isCorrection && (
                <div className="mt-2">
                  <label htmlFor="correctsId" className="block font-medium">
                    Registrering, der rettes
                  </label>
                  <select
                    id="correctsId"
                    name="correctsId"
                    defaultValue=""
                    onChange={(event) => {
                      const chosen = correctable.find((c) => c.id === event.target.value);
                      if (chosen) startFrom(chosen, event.target.form!);
                    }}
                    className={input}
                    aria-invalid={invalid("correctsId")}
                    aria-describedby={describedBy("correctsId")}
                  >
                    <option value="">Ingen — beslutningen gælder med tilbagevirkende kraft</option>
                    {correctable.map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.officeName}: {DECISION_LABELS[d.decision]} fra {d.effectiveFromYear}
                        {d.effectiveToYear ? ` til ${d.effectiveToYear}` : ""} (møde{" "}
                        {formatDate(new Date(d.meetingDate))})
                      </option>
                    ))}
                  </select>
                  <FieldError id="correctsId-error" message={errors.correctsId} />
                </div>
              )}
              <label htmlFor="correctionReason" className="mt-2 block font-medium">
                Begrundelse: hvad rettes, eller hvorfor gælder den med tilbagevirkende kraft?
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
            </fieldset>

            {state.outcome === "done" && state.data?.preview && previewIsCurrent && (
              <DecisionPreview preview={state.data.preview.offices} onBehalfOf={onBehalfOf} />
            )}
            {/* A closed (invoiced) year changes only with the secretariat's reason (issue 11). */}
            {((previewIsCurrent && (state.data?.preview?.closedYears.length ?? 0) > 0) || errors.closedYearReason) && (
              <ClosedYearsNotice
                settlements={state.data?.preview?.closedYears ?? []}
                error={errors.closedYearReason}
                invalid={invalid("closedYearReason")}
                describedBy={describedBy("closedYearReason")}
              />
            )}
          </>
        );
      }}
    </ActionForm>
  );
}
