"use client";

import { ActionForm } from "@/components/action-form";
import { ConfirmStep } from "@/components/confirm-step";
import { CopyButton } from "@/components/copy-button";
import { Field } from "@/components/field";
import { FieldError } from "@/components/form-messages";
import { ROLE_LABELS } from "@/lib/format";
import { createUserSchema } from "@/lib/users/user-schema";
import { validateWith } from "@/lib/validation/validate-form";
import { anonymiseUserAction, createUserAction, setUserActiveAction, setUserPasswordAction } from "./actions";

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
      resetWhenDone
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
  return (
    <ActionForm
      action={setUserActiveAction.bind(null, userId)}
      label={`${active ? "Deaktivér" : "Aktivér"} ${name}`}
      className="mt-1 space-y-2"
      buttons={({ pending, disabled }) =>
        !active ? (
          <button
            type="submit"
            disabled={disabled}
            className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
          >
            {pending ? "Gemmer …" : "Aktivér"}
          </button>
        ) : (
          <ConfirmStep
            openLabel="Deaktivér …"
            question={`Deaktivér ${name}?`}
            confirmLabel={`Ja, deaktivér ${name}`}
            pending={pending}
            disabled={disabled}
            testId="deactivate-confirmation"
          >
            <p>
              Brugeren bliver logget ud med det samme, på alle enheder, og kan ikke logge ind igen, før en bruger med
              adgang til brugerstyring aktiverer den. Alt, brugeren har registreret, bliver stående.
            </p>
          </ConfirmStep>
        )
      }
    >
      {() => <input type="hidden" name="active" value={active ? "false" : "true"} />}
    </ActionForm>
  );
}

/**
 * A new password for a user who has forgotten theirs (or is locked out): asked first, like deactivation. The portal
 * makes the password and the answer shows it, once, with how to pass it on; the question is gone then.
 */
export function SetPasswordForm({ userId, name }: { userId: string; name: string }) {
  return (
    <ActionForm<{ password: string }>
      action={setUserPasswordAction.bind(null, userId)}
      label={`Ny adgangskode til ${name}`}
      className="mt-1 space-y-2"
      buttons={({ pending, disabled, state }) =>
        state.outcome === "done" ? null : (
          <ConfirmStep
            openLabel="Ny adgangskode …"
            question={`Giv ${name} en ny adgangskode?`}
            confirmLabel={`Ja, giv ${name} en ny adgangskode`}
            pending={pending}
            disabled={disabled}
            tone="weighty"
            testId="set-password-confirmation"
          >
            <p>
              Portalen laver en ny adgangskode og viser den her, én gang. Den gamle holder op med at virke, og brugeren
              bliver logget ud på alle enheder.
            </p>
            <input type="hidden" name="confirm" value="ja" />
          </ConfirmStep>
        )
      }
    >
      {({ state }) => (state.outcome === "done" && state.data ? <NewPassword password={state.data.password} /> : null)}
    </ActionForm>
  );
}

/** The new password, once: on a line of its own (never broken at a hyphen), selectable whole, with a copy button. */
function NewPassword({ password }: { password: string }) {
  return (
    <div className="space-y-2 rounded border border-slate-300 bg-slate-50 p-3" data-testid="new-password">
      <p className="flex flex-wrap items-center gap-3">
        <span>Ny adgangskode:</span>
        <code className="whitespace-nowrap rounded bg-white px-2 py-1 font-mono text-lg tracking-wide select-all">
          {password}
        </code>
        <CopyButton text={password} label="Kopiér adgangskoden" />
      </p>
      <p className="text-sm">
        Den vises kun nu. Giv den videre på en sikker måde (ikke i samme mail som e-mail-adressen), og bed brugeren
        skifte den under Min konto.
      </p>
    </div>
  );
}

/**
 * Anonymise a deactivated user (administrators; docs/decisions/0018-logs-and-personal-data.md): a question first,
 * like deactivation, because it cannot be undone.
 */
export function AnonymiseUserForm({ userId, name, anonymised }: { userId: string; name: string; anonymised: boolean }) {
  return (
    <ActionForm
      action={anonymiseUserAction.bind(null, userId)}
      label={`Anonymisér ${name}`}
      className="mt-1 space-y-2"
      buttons={({ pending, disabled }) =>
        anonymised ? null : (
          <ConfirmStep
            openLabel="Anonymisér …"
            question={`Anonymisér ${name}?`}
            confirmLabel={`Ja, anonymisér ${name}`}
            pending={pending}
            disabled={disabled}
            testId="anonymise-confirmation"
          >
            <p>
              Navn og e-mail bliver erstattet af et pseudonym, også i logningen og i sendte mails. Det kan ikke gøres
              om. Alt, brugeren har registreret, og logningen af det bliver stående under pseudonymet.
            </p>
            <input type="hidden" name="confirm" value="ja" />
          </ConfirmStep>
        )
      }
    >
      {() => null}
    </ActionForm>
  );
}
