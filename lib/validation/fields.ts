/** Form fields that recur across the app's schemas, with Danish messages. */
import { z } from "./zod";

/**
 * A calendar date "YYYY-MM-DD" that exists (2026-02-31 is refused, not rolled over to 3 March).
 * `what` names the field in messages: "mødedatoen", "fristen".
 */
export function isoDate(what: string) {
  return (
    z
      .string({ error: `Skriv ${what}.` })
      .trim()
      // An empty field is a missing date, not a wrongly written one.
      .min(1, { error: `Skriv ${what}.`, abort: true })
      .regex(/^\d{4}-\d{2}-\d{2}$/, `Skriv ${what} som dato.`)
      .refine(isRealDate, `${capitalize(what)} er ikke en gyldig dato.`)
  );
}

export function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * A whole number as Danes type it: "1.250.000", "1 250 000" → "1250000". Only a point before a group of three digits
 * is a thousands separator; "12.5" and "1,5" stay as typed, so they fail as "not a whole number" instead of being
 * read as 125 and 15.
 */
export function withoutThousandsSeparators(value: string): string {
  return value.trim().replace(/\s|\.(?=\d{3}(\D|$))/g, "");
}

/**
 * The «Ja» of a question asked before a weighty action (components/confirm-step.tsx sends `confirm=ja` from its
 * panel): anything else is not the form the page shows.
 */
export const confirmedSchema = z.object({ confirm: z.enum(["ja"], { error: "Formularen er ikke gyldig." }) });

/** A checkbox: "on" (or "true") when ticked. */
export const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

function capitalize(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The hidden optimistic-version field of a form (a whole number the page rendered). */
export const versionField = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);

/**
 * For a rule across fields (`.superRefine(rule, whenValid([...]))`): run it as soon as the fields it reads are
 * valid, even if others are not — so the user sees every problem in one round, not one round at a time.
 */
export function whenValid(fields: string[]) {
  return {
    when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
      payload.issues.every((issue) => !fields.includes(String(issue.path?.[0]))),
  };
}
