/**
 * The HTML of a large part of a page, written from its data (the overview's matrix, the municipality's amounts
 * table) once per server process and kept data, not once per request (issue 17; docs/decisions/0019).
 *
 * The server keeps such data with one computed agreement (deriveFromKept) and stamps it with `htmlKey`, a random id
 * of exactly that data. A client component receives a fresh copy of the data on every server render (it comes
 * through the RSC payload), so it cannot be recognised by identity; the key recognises it. Only the server keeps
 * HTML here — the browser writes it from the data as before — and only a bounded number of parts (the oldest goes
 * first). Data without a key (a user's own marked copy) is written each time.
 *
 * This module is in the browser bundle: no server imports.
 */
const KEPT = 64;
const written = new Map<string, string>();

/** Stamps data that is kept with one computed agreement, so its HTML is written once (server only). */
export function withHtmlKey<T extends object>(data: T): T & { htmlKey: string } {
  return { ...data, htmlKey: crypto.randomUUID() };
}

/** The data's HTML: kept on the server by its `htmlKey`, written with `write` otherwise. */
export function writtenOnce<T extends { htmlKey?: string }>(data: T, write: (data: T) => string): string {
  if (typeof window !== "undefined" || !data.htmlKey) return write(data);
  const kept = written.get(data.htmlKey);
  if (kept !== undefined) return kept;
  const html = write(data);
  if (written.size >= KEPT) written.delete(written.keys().next().value!);
  written.set(data.htmlKey, html);
  return html;
}
