/**
 * The local mail catcher of `npm run demo` (scripts/mail-catcher.ts) and of the tests: an SMTP server on a loopback
 * port that accepts every message and keeps it as an .eml file — the "Demopostkasse" the administrator reads in the
 * app (lib/mail/load-demo-mailbox.ts). No outside service needed. Never for production mail.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type MailCatcher = { port: number; close(): Promise<void> };

export type StartMailCatcherOptions = {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Where each message is kept as <time>-<random>.eml (created if missing). */
  dir?: string;
  /** Called with each message's raw bytes (tests parse them). */
  onMessage?: (raw: Buffer) => void | Promise<void>;
};

/** A file name that sorts by arrival time. */
export const mailFileName = (at: Date) =>
  `${at.toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.eml`;

export async function startMailCatcher({
  port,
  host = "127.0.0.1",
  dir,
  onMessage,
}: StartMailCatcherOptions): Promise<MailCatcher> {
  if (dir) fs.mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    size: 20 * 1024 * 1024,
    logger: false,
    banner: "Klyngeportalen demopostkasse",
    onData(stream, _session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", done);
      stream.on("end", async () => {
        try {
          const raw = Buffer.concat(chunks);
          if (dir) {
            const file = path.join(dir, mailFileName(new Date()));
            // Written aside and renamed: the app never reads half a message.
            fs.writeFileSync(`${file}.part`, raw);
            fs.renameSync(`${file}.part`, file);
          }
          await onMessage?.(raw);
          done();
        } catch (error) {
          done(error as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
