"use client";

import { ActionForm } from "@/components/action-form";
import { FieldError } from "@/components/form-messages";
import { requiredNoticeKindsSchema } from "@/lib/notices/notice-settings-schema";
import { validateWith } from "@/lib/validation/validate-form";
import { saveRequiredNoticeKinds } from "./actions";

type Kind = { kind: string; label: string; required: boolean };

/** The notice kinds nobody in the region can switch off, grouped by who receives them. */
export function RequiredNoticesForm({
  regionCode,
  groups,
}: {
  regionCode: string;
  groups: { audience: string; kinds: Kind[] }[];
}) {
  return (
    <ActionForm
      action={saveRequiredNoticeKinds.bind(null, regionCode)}
      validate={validateWith(requiredNoticeKindsSchema)}
      label="Påkrævede notifikationer"
      submitLabel="Gem påkrævede notifikationer"
    >
      {({ errors }) => (
        <>
          {groups.map((group) => (
            <fieldset key={group.audience} aria-describedby={errors.required ? "required-error" : undefined}>
              <legend className="font-medium">{group.audience}</legend>
              <ul className="mt-1 space-y-1">
                {group.kinds.map((kind) => (
                  <li key={kind.kind}>
                    <label className="flex items-start gap-2">
                      <input
                        type="checkbox"
                        name="required"
                        value={kind.kind}
                        defaultChecked={kind.required}
                        className="mt-1 h-4 w-4"
                      />
                      <span>{kind.label}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          <FieldError id="required-error" message={errors.required} />
        </>
      )}
    </ActionForm>
  );
}
