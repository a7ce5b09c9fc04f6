import fs from "node:fs";
import type { APIRequestContext } from "@playwright/test";

/** Server actions as the build knows them: id → file and export name (.next/server/server-reference-manifest.json). */
export function builtActions(): { id: string; file: string; name: string }[] {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")).node as Record<
    string,
    { filename: string; exportedName: string }
  >;
  return Object.entries(manifest).map(([id, a]) => ({ id, file: a.filename, name: a.exportedName }));
}

export type ActionField = string | string[] | { name: string; mimeType: string; buffer: Buffer };

/** The outcome in an action's answer (lib/actions/action-state.ts), or null when there is none (404, redirect). */
export function outcomeOf(text: string): "done" | "refused" | "failed" | null {
  const match = /"outcome":"(done|refused|failed)"/.exec(text);
  return match ? (match[1] as "done" | "refused" | "failed") : null;
}

/**
 * Calls a server action directly, the way React does: part "0" holds the arguments (bound arguments, the
 * previous state, then "$K1" for the FormData), the FormData's own fields are prefixed "_1_".
 */
export async function callAction(
  request: APIRequestContext,
  o: { page: string; name: string; args: unknown[]; fields: Record<string, ActionField> },
) {
  const action = builtActions().find((a) => a.name === o.name);
  if (!action) throw new Error(`unknown action ${o.name}`);
  const form = new FormData();
  for (const [key, value] of Object.entries(o.fields)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === "string") form.append(`_1_${key}`, v);
      else form.append(`_1_${key}`, new Blob([new Uint8Array(v.buffer)], { type: v.mimeType }), v.name);
    }
  }
  // Last, as React sends it: the server decodes the stream and resolves "$K1" from the fields received so far.
  // Strings that start with "$" are references in React's reply format; a real client escapes them as "$$…".
  form.append("0", JSON.stringify([...o.args.map(escapeReferences), { outcome: "idle" }, "$K1"]));
  // A connection of its own: a reused keep-alive socket that the server closes as it idles (5 s) was reset under
  // this POST once in a full run (ECONNRESET), and a POST is not retried.
  const response = await request.post(o.page, {
    headers: { "Next-Action": action.id, Accept: "text/x-component", Connection: "close" },
    multipart: form,
    maxRedirects: 0,
  });
  const text = await response.text();
  return {
    status: response.status(),
    text,
    outcome: outcomeOf(text),
    redirect: response.headers()["x-action-redirect"] ?? "",
  };
}

function escapeReferences(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeReferences);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escapeReferences(item)]));
  }
  return value;
}
