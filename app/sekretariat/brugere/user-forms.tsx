"use client";

import { useEffect, useRef, useState } from "react";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { FieldError } from "@/components/form-messages";
import { ROLE_LABELS } from "@/lib/format";
import { createUserSchema } from "@/lib/users/user-schema";
import { validateWith } from "@/lib/validation/validate-form";
import { anonymiseUserAction, createUserAction, setUserActiveAction } from "./actions";

type Option = { id: string; name: string };
const select = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2";

export function CreateUserForm({
  regionCode,
  municipalities,
  offices,
  roles,
}: {
  /** The KKR region the new user belongs to (a secretariat user's region; a contact's or office's lies in it). */
  regionCode: string;
  municipalities: Option[];
  offices: Option[];
  roles: string[];
}) {
  return (
    <ActionForm
      action={createUserAction.bind(null, regionCode)}
      validate={validateWith(createUserSchema)}
      invalidMessage="Brugeren er ikke oprettet. Ret de markerede felter."
      submitLabel="Opret bruger"
      label="Opret bruger"
      className="grid gap-3 sm:grid-cols-2"
    >
      {({ errors }) => (
        <>
          <Field label="Navn" name="name" error={errors.name} autoComplete="off" />
          <Field label="E-mail" name="email" type="email" error={errors.email} autoComplete="off" />
          <div>
            <label htmlFor="role" className="block font-medium">
              Rolle
            </label>
            <select
              id="role"
              name="role"
              defaultValue=""
              className={select}
              aria-invalid={!!errors.role}
              aria-describedby={errors.role ? "role-error" : undefined}
            >
              <option value="" disabled>
                Vælg rolle
              </option>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
            <FieldError id="role-error" message={errors.role} />
          </div>
          <div>
            <label htmlFor="municipalityId" className="block font-medium">
              Kommune (for kontaktpersoner)
            </label>
            <select
              id="municipalityId"
              name="municipalityId"
              defaultValue=""
              className={select}
              aria-invalid={!!errors.municipalityId}
              aria-describedby={errors.municipalityId ? "municipalityId-error" : undefined}
            >
              <option value="">Ingen</option>
              {municipalities.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
            <FieldError id="municipalityId-error" message={errors.municipalityId} />
          </div>
          <div>
            <label htmlFor="officeId" className="block font-medium">
              Klyngekontor (for klyngekontorer)
            </label>
            <select
              id="officeId"
              name="officeId"
              defaultValue=""
              className={select}
              aria-invalid={!!errors.officeId}
              aria-describedby={errors.officeId ? "officeId-error" : undefined}
            >
              <option value="">Ingen</option>
              {offices.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <FieldError id="officeId-error" message={errors.officeId} />
          </div>
          <Field
            label="Første adgangskode (mindst 12 tegn)"
            name="password"
            type="password"
            error={errors.password}
            autoComplete="new-password"
          />
        </>
      )}
    </ActionForm>
  );
}

/**
 * Deactivate (after a confirmation that says what it does) or reactivate a user (issue 16). One form throughout, so
 * the answer ("Brugeren er deaktiveret.") stays on screen when the row changes to "Deaktiveret".
 */
export function ToggleUserForm({ userId, active, name }: { userId: string; active: boolean; name: string }) {
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => setConfirming(false), [active]);
  useEffect(() => {
    if (confirming) panel.current?.focus();
  }, [confirming]);
  const button = "rounded px-3 py-1.5 font-medium disabled:opacity-70";
  const cancel = () => {
    setConfirming(false);
    // Back to where the user was: the button that opened the question.
    setTimeout(() => trigger.current?.focus());
  };
  return (
    <ActionForm
      action={setUserActiveAction.bind(null, userId)}
      label={`${active ? "Deaktivér" : "Aktivér"} ${name}`}
      className="mt-1 space-y-2"
      buttons={({ pending, disabled }) =>
        !active ? (
          <button type="submit" disabled={disabled} className={`${button} bg-brand-700 text-white hover:bg-brand-800`}>
            {pending ? "Gemmer …" : "Aktivér"}
          </button>
        ) : !confirming ? (
          <button
            ref={trigger}
            type="button"
            onClick={() => setConfirming(true)}
            className={`${button} border border-red-700 text-red-800 hover:bg-red-50`}
          >
            Deaktivér …
          </button>
        ) : (
          <div
            ref={panel}
            tabIndex={-1}
            role="group"
            aria-label={`Bekræft: deaktivér ${name}`}
            onKeyDown={(event) => event.key === "Escape" && cancel()}
            className="max-w-sm rounded border border-red-300 bg-red-50 p-3 text-sm text-red-950"
            data-testid="deactivate-confirmation"
          >
            <p className="font-medium">Deaktivér {name}?</p>
            <p className="mt-1">
              Brugeren bliver logget ud med det samme, på alle enheder, og kan ikke logge ind igen, før en bruger med
              adgang til brugerstyring aktiverer den. Alt, brugeren har registreret, bliver stående.
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              <button type="submit" disabled={disabled} className={`${button} bg-red-800 text-white hover:bg-red-900`}>
                {pending ? "Gemmer …" : `Ja, deaktivér ${name}`}
              </button>
              <button
                type="button"
                onClick={cancel}
                className={`${button} border border-slate-400 bg-white text-slate-900 hover:bg-slate-50`}
              >
                Fortryd
              </button>
            </div>
          </div>
        )
      }
    >
      {() => <input type="hidden" name="active" value={active ? "false" : "true"} />}
    </ActionForm>
  );
}

/**
 * Anonymise a deactivated user (administrators; docs/decisions/0018-logs-and-personal-data.md): a question first,
 * like deactivation, because it cannot be undone.
 */
export function AnonymiseUserForm({ userId, name, anonymised }: { userId: string; name: string; anonymised: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) panel.current?.focus();
  }, [confirming]);
  const button = "rounded px-3 py-1.5 font-medium disabled:opacity-70";
  const cancel = () => {
    setConfirming(false);
    setTimeout(() => trigger.current?.focus());
  };
  return (
    <ActionForm
      action={anonymiseUserAction.bind(null, userId)}
      label={`Anonymisér ${name}`}
      className="mt-1 space-y-2"
      buttons={({ pending, disabled }) =>
        anonymised ? null : !confirming ? (
          <button
            ref={trigger}
            type="button"
            onClick={() => setConfirming(true)}
            className={`${button} border border-red-700 text-red-800 hover:bg-red-50`}
          >
            Anonymisér …
          </button>
        ) : (
          <div
            ref={panel}
            tabIndex={-1}
            role="group"
            aria-label={`Bekræft: anonymisér ${name}`}
            onKeyDown={(event) => event.key === "Escape" && cancel()}
            className="max-w-sm rounded border border-red-300 bg-red-50 p-3 text-sm text-red-950"
            data-testid="anonymise-confirmation"
          >
            <p className="font-medium">Anonymisér {name}?</p>
            <p className="mt-1">
              Navn og e-mail bliver erstattet af et pseudonym, også i logningen og i sendte mails. Det kan ikke gøres
              om. Alt, brugeren har registreret, og logningen af det bliver stående under pseudonymet.
            </p>
            <input type="hidden" name="confirm" value="ja" />
            <div className="mt-2 flex flex-wrap gap-2">
              <button type="submit" disabled={disabled} className={`${button} bg-red-800 text-white hover:bg-red-900`}>
                {pending ? "Gemmer …" : `Ja, anonymisér ${name}`}
              </button>
              <button
                type="button"
                onClick={cancel}
                className={`${button} border border-slate-400 bg-white text-slate-900 hover:bg-slate-50`}
              >
                Fortryd
              </button>
            </div>
          </div>
        )
      }
    >
      {() => null}
    </ActionForm>
  );
}
