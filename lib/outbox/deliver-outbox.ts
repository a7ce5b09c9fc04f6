/**
 * The worker's delivery run: claim what is due (lib/outbox/claim-outbox-messages.ts), hand each message to the SMTP
 * server, record the outcome — until nothing is due. A failure is kept with the server's answer and tried again
 * with backoff (lib/outbox/backoff.ts); after MAX_ATTEMPTS it is FAILED and waits for an administrator. When the
 * server cannot be reached at all, the rest of the batch is put back and the run stops: it is tried again later.
 * Takes `db` explicitly: runs in the worker process, never in the web server (docs/decisions/0013).
 */
import type { DbClient } from "../db/types";
import { log } from "../log/log";
import { MAX_ATTEMPTS, retryDelayMs } from "./backoff";
import { claimOutboxMessages } from "./claim-outbox-messages";

/** What the worker needs of a nodemailer transport. */
export type MailTransport = {
  sendMail(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    messageId: string;
    headers: Record<string, string>;
  }): Promise<unknown>;
};

export type DeliverOutboxOptions = {
  db: DbClient;
  transport: MailTransport;
  from: string;
  /** The real time (never the business clock): leases and retries are about this process, not the domain. */
  clock?: () => Date;
  batchSize?: number;
  leaseMs?: number;
  /** How long one delivery may take before another worker regards it as interrupted (above the SMTP timeouts). */
  sendLeaseMs?: number;
};

export type DeliveryReport = { sent: number; retrying: number; failed: number; stopped: boolean };

export async function deliverOutbox({
  db,
  transport,
  from,
  clock = () => new Date(),
  batchSize = 10,
  leaseMs = 10 * 60_000,
  sendLeaseMs = 2 * 60_000,
}: DeliverOutboxOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, stopped: false };
  for (;;) {
    const { token, messages } = await claimOutboxMessages({ db, now: clock(), take: batchSize, leaseMs });
    if (!token) return report;
    for (const [index, message] of messages.entries()) {
      const started = clock();
      const mine = { id: message.id, claimToken: token };
      const began = await db.outboxMessage.updateMany({
        where: { ...mine, status: "CLAIMED", leaseUntil: { gt: started } },
        data: {
          status: "SENDING",
          attempts: { increment: 1 },
          lastAttemptAt: started,
          leaseUntil: new Date(started.getTime() + sendLeaseMs),
        },
      });
      if (began.count === 0) continue; // the lease ran out and another worker has it now
      try {
        await transport.sendMail({
          from,
          to: message.toAddress,
          subject: message.subject,
          text: message.textBody,
          html: message.htmlBody,
          // Stable per message: a receiving system can tell a copy from a new mail.
          messageId: `<${message.id}@klyngeportalen>`,
          headers: { "X-Klyngeportalen-Notice": message.kind },
        });
        await db.outboxMessage.updateMany({
          where: { ...mine, status: "SENDING" },
          data: { status: "SENT", sentAt: clock(), claimToken: null, leaseUntil: null },
        });
        report.sent++;
      } catch (error) {
        const attempts = message.attempts + 1;
        // A permanent refusal (5xx: unknown mailbox, rejected sender) will not change by waiting: shown at once.
        const giveUp = attempts >= MAX_ATTEMPTS || permanent(error);
        const nextAttemptAt = new Date(clock().getTime() + retryDelayMs(attempts));
        const lastError = smtpErrorText(error);
        await db.outboxMessage.updateMany({
          where: { ...mine, status: "SENDING" },
          data: { status: giveUp ? "FAILED" : "PENDING", lastError, nextAttemptAt, claimToken: null, leaseUntil: null },
        });
        if (giveUp) report.failed++;
        else report.retrying++;
        log("warn", {
          event: "outbox.delivery_failed",
          messageId: message.id,
          kind: message.kind,
          attempts,
          lastError,
        });
        if (unreachable(error)) {
          // Not this message's fault: put the rest back untried, and stop until the next run.
          const rest = messages.slice(index + 1).map((m) => m.id);
          await db.outboxMessage.updateMany({
            where: { id: { in: rest }, claimToken: token, status: "CLAIMED" },
            data: { status: "PENDING", nextAttemptAt, claimToken: null, leaseUntil: null },
          });
          report.stopped = true;
          return report;
        }
      }
    }
  }
}

type SmtpError = { message?: string; code?: string; response?: string; responseCode?: number; command?: string };

/** The SMTP server's own answer where there is one (it says why), else the connection error. Never credentials. */
export function smtpErrorText(error: unknown): string {
  const e = (error ?? {}) as SmtpError;
  const text = e.response
    ? `${e.command ? `${e.command}: ` : ""}${e.response}`
    : `${e.code ? `${e.code}: ` : ""}${e.message ?? String(error)}`;
  return text.replace(/\/\/[^@/\s]*@/g, "//").slice(0, 1000);
}

/** The SMTP server's permanent refusal of this message (5xx, e.g. "550 mailbox unknown"). */
function permanent(error: unknown): boolean {
  const code = (error as SmtpError | undefined)?.responseCode;
  return code !== undefined && code >= 500 && code < 600;
}

/** No SMTP answer at all (refused, timed out, DNS), or "421 service not available": the server, not the message. */
function unreachable(error: unknown): boolean {
  const code = (error as SmtpError | undefined)?.responseCode;
  return code === undefined || code === 421;
}
