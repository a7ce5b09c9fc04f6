"use client";

import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { changePasswordSchema, MIN_PASSWORD } from "@/lib/users/user-schema";
import { validateWith } from "@/lib/validation/validate-form";
import { changePasswordAction } from "./actions";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"];

export function PasswordForm() {
  return (
    <ActionForm
      action={changePasswordAction}
      validate={validateWith(changePasswordSchema)}
      invalidMessage="Adgangskoden er ikke skiftet. Ret de markerede felter."
      submitLabel="Skift adgangskode"
      label="Skift adgangskode"
      // A changed password is not left in the form.
      onAnswer={(state) => {
        if (state.outcome !== "done") return;
        for (const name of FIELDS) {
          const input = document.getElementById(`field-${name}`) as HTMLInputElement | null;
          if (input) input.value = "";
        }
      }}
    >
      {({ errors }) => (
        <>
          <Field
            label="Nuværende adgangskode"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            error={errors.currentPassword}
          />
          <Field
            label={`Ny adgangskode (mindst ${MIN_PASSWORD} tegn)`}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            error={errors.newPassword}
          />
          <Field
            label="Gentag den nye adgangskode"
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            error={errors.confirmPassword}
          />
        </>
      )}
    </ActionForm>
  );
}
