/**
 * The nodemailer transport for SMTP_URL (query parameters of the URL, e.g. `?tls.rejectUnauthorized=false`, win
 * over the defaults here). Short timeouts: a worker waiting minutes for a dead server helps no one (the delivery
 * lease in lib/outbox/deliver-outbox.ts is longer than all of them together). Pooled: one run sends its messages
 * over one connection; close() it when the run is over.
 */
import nodemailer from "nodemailer";

export function createMailTransport({ smtpUrl }: { smtpUrl: string }) {
  return nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
}
