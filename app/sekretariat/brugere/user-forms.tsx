"use client";

import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { FieldError } from "@/components/form-messages";
import { ROLE_LABELS } from "@/lib/format";
import { createUserSchema } from "@/lib/users/user-schema";
import { validateWith } from "@/lib/validation/validate-form";
import { createUserAction, setUserActiveAction } from "./actions";

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

export function ToggleUserForm({ userId, active, name }: { userId: string; active: boolean; name: string }) {
  return (
    <ActionForm
      action={setUserActiveAction.bind(null, userId)}
      submitLabel={active ? "Deaktivér" : "Aktivér"}
      label={`${active ? "Deaktivér" : "Aktivér"} ${name}`}
      className="flex items-center gap-2"
    >
      {() => <input type="hidden" name="active" value={active ? "false" : "true"} />}
    </ActionForm>
  );
}
