/**
 * Mail configuration (README "Configuration"): SMTP_URL (nodemailer's URL form, e.g. smtp://user:pass@host:587 or
 * smtps://host:465), MAIL_FROM (the sender, e.g. "Klyngeportalen <noreply@kkr.dk>") and NEXTAUTH_URL, the app's
 * public URL, for the links in the mails. No server-only import: the worker and the tests read it too.
 */
export class MailConfigError extends Error {}

export type MailConfig = { smtpUrl: string; from: string };

export function readMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const smtpUrl = env.SMTP_URL?.trim();
  const from = env.MAIL_FROM?.trim();
  const missing = [!smtpUrl && "SMTP_URL", !from && "MAIL_FROM"].filter(Boolean);
  if (missing.length) throw new MailConfigError(`Mail er ikke sat op: ${missing.join(" og ")} mangler (se README).`);
  if (!/^smtps?:\/\//i.test(smtpUrl!)) throw new MailConfigError("SMTP_URL skal begynde med smtp:// eller smtps://.");
  return { smtpUrl: smtpUrl!, from: from! };
}

/** The app's public URL without a trailing slash. */
export function appUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.NEXTAUTH_URL?.trim() || "http://localhost:3000").replace(/\/+$/, "");
}

/** An absolute link to a page of the app, for a mail. */
export const appLink = (path: string) => `${appUrl()}${path.startsWith("/") ? path : `/${path}`}`;
