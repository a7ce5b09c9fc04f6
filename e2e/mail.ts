/**
 * Mail in the e2e tests: a mail catcher the test starts itself (lib/mail/mail-catcher.ts on a free loopback port,
 * keeping what it receives in data/e2e-mailbox — the e2e server's "Demopostkasse", scripts/e2e-server.sh), and the
 * worker run once against the e2e database (`npm run notify -- --once`) with a business clock of the test's choice.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { createServer } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { startMailCatcher, type MailCatcher } from "../lib/mail/mail-catcher";
import { E2E_DATABASE_URL } from "./db";
import { BASE_URL } from "../playwright.config";

export const E2E_MAILBOX = "data/e2e-mailbox";
/** The e2e server's business clock (scripts/e2e-server.sh). */
export const E2E_CLOCK = "2025-02-20T09:00:00+01:00";
export const MAIL_FROM = "Klyngeportalen (test) <noreply@klyngeportalen.test>";

export type Inbox = MailCatcher & {
  received: ParsedMail[];
  url: string;
  /** The messages to one address, in the order received. */
  to(address: string): ParsedMail[];
};

export async function startInbox(): Promise<Inbox> {
  const received: ParsedMail[] = [];
  const catcher = await startMailCatcher({
    port: 0,
    dir: E2E_MAILBOX,
    onMessage: async (raw) => void received.push(await simpleParser(raw)),
  });
  return {
    ...catcher,
    received,
    url: `smtp://127.0.0.1:${catcher.port}`,
    to: (address) =>
      received.filter((m) => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).some((a) => a.text.includes(address))),
  };
}

/**
 * Schedules the reminders of the business day `clock` and delivers what is due, like cron would. Asynchronous: the
 * catcher runs in this process and must keep answering while the worker sends.
 */
export async function runNotify({ smtpUrl, clock = E2E_CLOCK }: { smtpUrl: string; clock?: string }) {
  const { stdout } = await promisify(execFile)("node_modules/.bin/tsx", ["scripts/notify.ts", "--once"], {
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: E2E_DATABASE_URL,
      SMTP_URL: smtpUrl,
      MAIL_FROM,
      NEXTAUTH_URL: BASE_URL,
      KLYNGEPORTALEN_CLOCK: clock,
    },
  });
  return stdout;
}

/** A loopback port nobody listens on: a mail server that is down. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** As the app writes amounts: "33.424 kr." */
export const kroner = (amount: number) => `${new Intl.NumberFormat("da-DK").format(amount)} kr.`;
