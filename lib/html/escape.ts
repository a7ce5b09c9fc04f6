/**
 * Text and attribute values in the HTML the pages write as text (lib/secretariat/*-html.ts,
 * lib/shares/amounts-table-html.ts, the municipality page's explanations, downloads and reading guide). In the
 * browser bundle too. (Mails have their own, lib/notices/mail-layout.ts: stored mails are matched by its entities.)
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

export const escape = (text: string | number) => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
