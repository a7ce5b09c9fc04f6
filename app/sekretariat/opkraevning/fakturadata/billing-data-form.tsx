"use client";

import { ActionForm } from "@/components/action-form";
import { FieldError } from "@/components/form-messages";
import { billingDataSchema } from "@/lib/billing/billing-schemas";
import { validateWith } from "@/lib/validation/validate-form";
import { saveBillingDataAction } from "../actions";
import { ScrollBox } from "@/components/scroll-box";

const box = "w-full rounded border border-slate-400 bg-white px-2 py-1 font-mono";

/** Every municipality's CVR and EAN in one form; every problem is shown next to its field at once. */
export function BillingDataForm({
  regionCode,
  municipalities,
}: {
  regionCode: string;
  municipalities: { id: string; code: string; name: string; cvr: string | null; ean: string | null; stamp: string }[];
}) {
  return (
    <ActionForm
      action={saveBillingDataAction.bind(null, regionCode)}
      label="Kommunernes CVR og EAN"
      submitLabel="Gem CVR og EAN"
      validate={validateWith(billingDataSchema)}
      invalidMessage="Fakturadata er ikke gemt. Ret de markerede felter."
    >
      {({ errors }) => (
        <ScrollBox className="rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">CVR- og EAN-numre pr. kommune</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Kommune
                </th>
                <th scope="col" className="px-3 py-2">
                  CVR-nummer
                </th>
                <th scope="col" className="px-3 py-2">
                  EAN-nummer
                </th>
              </tr>
            </thead>
            <tbody>
              {municipalities.map((m, i) => {
                const field = (name: "cvr" | "ean") => `municipality.${i}.${name}`;
                const id = (name: "cvr" | "ean") => `${name}-${m.code}`;
                return (
                  <tr key={m.id} className="border-t border-slate-200 align-top">
                    <th scope="row" className="px-3 py-2 font-normal">
                      {m.name}
                      <input type="hidden" name={`municipality.${i}.id`} value={m.id} />
                      <input type="hidden" name={`municipality.${i}.stamp`} value={m.stamp} />
                    </th>
                    {(["cvr", "ean"] as const).map((name) => (
                      <td key={name} className="px-3 py-2">
                        <label htmlFor={id(name)} className="sr-only">
                          {name === "cvr" ? "CVR-nummer" : "EAN-nummer"} for {m.name}
                        </label>
                        <input
                          id={id(name)}
                          name={field(name)}
                          defaultValue={m[name] ?? ""}
                          inputMode="numeric"
                          autoComplete="off"
                          className={box}
                          aria-invalid={!!errors[field(name)]}
                          aria-describedby={errors[field(name)] ? `${id(name)}-error` : undefined}
                        />
                        <FieldError id={`${id(name)}-error`} message={errors[field(name)]} />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </ActionForm>
  );
}
