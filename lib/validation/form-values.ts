/**
 * FormData → plain values for a zod schema, the same on the client (validation before sending) and the server.
 * A key sent once is a value, sent several times an array; an empty file input (no file chosen) is left out.
 */
function isNoFileChosen(value: File): boolean {
  // A file input with nothing chosen is sent as an empty part without a name ("" in the browser; the server's
  // multipart decoder names it "blob"). A chosen file that happens to be empty keeps its own name.
  return value.size === 0 && (value.name === "" || value.name === "blob" || value.name === "undefined");
}

import { z } from "./zod";

export function formValues(form: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key).filter((value) => typeof value === "string" || !isNoFileChosen(value));
    if (all.length) values[key] = all.length > 1 ? all : all[0];
  }
  return values;
}

/** A field that may arrive as nothing, one value or several (checkbox groups, multiple file inputs). */
export function formArray<T extends z.ZodType>(item: T) {
  return z.preprocess(toArray, z.array(item));
}

/** Nothing → [], one value → [value], several → as they are. */
export function toArray(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * Characters no text field may hold: control characters other than tab and line breaks (PostgreSQL refuses NUL in
 * text; the others are invisible mischief), the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069: invisible, they turn the rest of a history line or a mail around) and unpaired surrogates (not
 * valid UTF-8).
 */
const UNSTORABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a text holds characters no text field may hold (above): also for the cells of an uploaded file. */
export function hasUnstorableText(text: string): boolean {
  return UNSTORABLE.test(text);
}

/** A field error for every text value that holds unstorable characters (run before the form's own schema). */
export function unstorableTextErrors(values: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const texts = Array.isArray(value) ? value : [value];
    if (texts.some((text) => typeof text === "string" && hasUnstorableText(text))) {
      errors[key] = "Feltet indeholder usynlige tegn, der ikke kan gemmes. Skriv teksten igen.";
    }
  }
  return errors;
}
