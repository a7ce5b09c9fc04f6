/**
 * The one layout of every notice: Danish plain text and the same as simple HTML, the link to the exact page, and
 * the reason the person gets it with how to switch it off (docs/decisions/0013-notices-and-outbox.md). Pure.
 */
import { appLink } from "../mail/mail-config";
import { NOTICE_KIND_INFO, type NoticeKind } from "./notice-kinds";

export type MailBlock = { text: string } | { list: string[] } | { quote: string };
export type RenderedMail = { subject: string; text: string; html: string };

export type ComposeMailOptions = {
  kind: NoticeKind;
  subject: string;
  greeting: string;
  blocks: MailBlock[];
  link: { path: string; label: string };
  /** The secretariat has made the kind required: it cannot be switched off. */
  required: boolean;
};

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function composeMail({ kind, subject, greeting, blocks, link, required }: ComposeMailOptions): RenderedMail {
  const url = appLink(link.path);
  const settings = appLink("/notifikationer");
  const reason = `Du får denne mail, fordi ${NOTICE_KIND_INFO[kind].reason}.`;
  const off = required
    ? "KKR-sekretariatet har gjort denne slags mails obligatoriske, så de kan ikke slås fra."
    : "Du kan slå denne slags mails fra på siden «Mine notifikationer»:";
  const signature = "Venlig hilsen\nKlyngeportalen (mailen er sendt automatisk; svar ikke på den)";

  const textBlocks = blocks.map((block) =>
    "text" in block
      ? block.text
      : "list" in block
        ? block.list.map((item) => `- ${item}`).join("\n")
        : block.quote
            .split("\n")
            .map((line) => `> ${line}`)
            .join("\n"),
  );
  const text = [
    greeting,
    ...textBlocks,
    `${link.label}:\n${url}`,
    signature,
    "--",
    `${reason}\n${off}${required ? "" : `\n${settings}`}`,
  ].join("\n\n");

  const htmlBlocks = blocks.map((block) =>
    "text" in block
      ? `<p>${escapeHtml(block.text)}</p>`
      : "list" in block
        ? `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`
        : `<blockquote style="border-left:3px solid #b45309;margin:0;padding-left:12px;white-space:pre-line">` +
          `${escapeHtml(block.quote)}</blockquote>`,
  );
  const html = [
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family:Arial,Helvetica,sans-serif;color:#0f172a;line-height:1.5">`,
    `<p>${escapeHtml(greeting)}</p>`,
    ...htmlBlocks,
    `<p><a href="${escapeHtml(url)}">${escapeHtml(link.label)}</a></p>`,
    `<p>${escapeHtml(signature).replace("\n", "<br>")}</p>`,
    `<hr><p style="font-size:13px;color:#475569">${escapeHtml(reason)} ${escapeHtml(off)}`,
    required ? "" : ` <a href="${escapeHtml(settings)}">Mine notifikationer</a>`,
    `</p></body></html>`,
  ].join("\n");
  return { subject, text, html };
}
