"use client";

import { ActionForm } from "@/components/action-form";
import { FieldError } from "@/components/form-messages";
import { noticePreferencesSchema } from "@/lib/notices/notice-settings-schema";
import { validateWith } from "@/lib/validation/validate-form";
import { saveNoticePreferences } from "./actions";

type Choice = { kind: string; label: string; enabled: boolean; required: boolean };

export function NoticePreferencesForm({ choices }: { choices: Choice[] }) {
  return (
    <ActionForm
      action={saveNoticePreferences}
      validate={validateWith(noticePreferencesSchema)}
      label="Mine notifikationer"
      submitLabel="Gem mine valg"
    >
      {({ errors }) => (
        <fieldset aria-describedby={errors.enabled ? "enabled-error" : undefined}>
          <legend className="font-medium">Send mig en mail, når …</legend>
          <ul className="mt-2 space-y-2">
            {choices.map((choice) => (
              <li key={choice.kind}>
                <label className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    name="enabled"
                    value={choice.kind}
                    defaultChecked={choice.enabled}
                    disabled={choice.required}
                    aria-describedby={choice.required ? `required-${choice.kind}` : undefined}
                    className="mt-1 h-4 w-4"
                  />
                  <span>
                    {choice.label}
                    {choice.required && (
                      <span id={`required-${choice.kind}`} className="block text-sm text-slate-700">
                        Påkrævet af KKR-sekretariatet: kan ikke slås fra.
                      </span>
                    )}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <FieldError id="enabled-error" message={errors.enabled} />
        </fieldset>
      )}
    </ActionForm>
  );
}
