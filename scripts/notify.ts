/**
 * Notices and reminders (docs/decisions/0013-notices-and-outbox.md), run beside the web server — never in it:
 *
 *   npm run notify -- --once   schedule today's reminders and digests, deliver everything due, exit (for cron)
 *   npm run worker             the same in a loop until stopped (delivers every NOTIFY_INTERVAL_SECONDS, default
 *                              30; schedules at start and every 10 minutes)
 *
 * NOTIFY_BATCH_SIZE (default 10) is how many messages a worker claims at a time.
 * Reads DATABASE_URL, SMTP_URL, MAIL_FROM and NEXTAUTH_URL like the app (the environment first, then .env). Several
 * workers may run at once: each message is claimed by exactly one. Exit code 2 for wrong usage or missing mail
 * configuration; a mail server that cannot be reached is not an error of the run (the messages wait in the outbox).
 */
import { parseArgs } from "node:util";
import { now } from "../lib/clock";
import { createPrismaClient } from "../lib/db/create-client";
import { log } from "../lib/log/log";
import { createMailTransport } from "../lib/mail/create-transport";
import { MailConfigError, readMailConfig } from "../lib/mail/mail-config";
import { scheduleNotices } from "../lib/notices/schedule-notices";
import { deliverOutbox } from "../lib/outbox/deliver-outbox";
import { appEnvironment, usage } from "./ops-cli";

const USAGE = "npm run notify -- --once   eller   npm run worker";
let once = false;
try {
  const { values } = parseArgs({ options: { once: { type: "boolean" }, loop: { type: "boolean" } } });
  if (values.once === values.loop) usage(USAGE);
  once = !!values.once;
} catch {
  usage(USAGE);
}

const { databaseUrl } = appEnvironment();
let config: ReturnType<typeof readMailConfig>;
try {
  config = readMailConfig();
} catch (error) {
  if (!(error instanceof MailConfigError)) throw error;
  process.stderr.write(`Fejl: ${error.message}\n`);
  process.exit(2);
}
const db = createPrismaClient(databaseUrl);
const transport = createMailTransport({ smtpUrl: config.smtpUrl });
const intervalMs = 1000 * (Number(process.env.NOTIFY_INTERVAL_SECONDS) || 30);
const batchSize = Number(process.env.NOTIFY_BATCH_SIZE) || 10;
const SCHEDULE_EVERY_MS = 10 * 60_000;

async function schedule() {
  const scheduled = await scheduleNotices({ db, today: now() });
  log("info", { event: "notify.scheduled", ...scheduled });
  return scheduled;
}

async function deliver() {
  const report = await deliverOutbox({ db, transport, from: config.from, batchSize });
  if (report.sent || report.retrying || report.failed || report.stopped)
    log(report.stopped ? "warn" : "info", { event: "notify.delivered", ...report });
  return report;
}

async function runOnce() {
  const scheduled = await schedule();
  const report = await deliver();
  const queued = scheduled.evaluationReminders + scheduled.decisionReminders + scheduled.weeklyDigests;
  process.stdout.write(
    `Påmindelser og oversigter lagt i kø: ${queued}. Sendt: ${report.sent}, ` +
      `prøves igen senere: ${report.retrying}, ` +
      `opgivet: ${report.failed}.${report.stopped ? " Mailserveren kunne ikke nås; resten venter i køen." : ""}\n`,
  );
}

async function runLoop() {
  let stopping = false;
  let wake: () => void = () => {};
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      stopping = true;
      wake();
    });
  }
  log("info", { event: "notify.worker_started", intervalMs });
  let scheduledAt = 0;
  while (!stopping) {
    try {
      if (Date.now() - scheduledAt >= SCHEDULE_EVERY_MS) {
        await schedule();
        scheduledAt = Date.now();
      }
      await deliver();
    } catch (error) {
      log("error", { event: "notify.failed", error });
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, intervalMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
  log("info", { event: "notify.worker_stopped" });
}

(once ? runOnce() : runLoop())
  .catch((error) => {
    log("error", { event: "notify.failed", error });
    process.exitCode = 1;
  })
  .finally(async () => {
    transport.close();
    await db.$disconnect();
  });
