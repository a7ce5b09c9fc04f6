/**
 * A REAL SMTP server for the integration tests (smtp-server on 127.0.0.1, a free port): it parses what it receives
 * with mailparser, can refuse recipients ("451 …") like a mail server in trouble, can be stopped and started again
 * on the same port, and can hold its first connections until several workers are connected (to make them overlap).
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = ParsedMail & { raw: Buffer; recipients: string[] };

export type SmtpTestServer = {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** While set, every recipient is refused with this answer (e.g. "451 Prøv igen senere"). */
  refuseWith: string | null;
  /** Hold connections until this many are open (then let them all go). */
  holdUntilConnections: number;
  stop(): Promise<void>;
  start(): Promise<void>;
};

export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  let server: SMTPServer | null = null;
  let port = 0;
  let waiting: (() => void)[] = [];
  const state: SmtpTestServer = {
    port: 0,
    url: "",
    received: [],
    refuseWith: null,
    holdUntilConnections: 0,
    async stop() {
      const closing = server;
      server = null;
      if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
    },
    async start() {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS"],
        logger: false,
        onConnect(_session, callback) {
          if (state.holdUntilConnections <= 1) return callback();
          waiting.push(() => callback());
          if (waiting.length >= state.holdUntilConnections) {
            for (const release of waiting) release();
            waiting = [];
            state.holdUntilConnections = 0;
          }
        },
        onRcptTo(_address, _session, callback) {
          if (!state.refuseWith) return callback();
          const error = new Error(state.refuseWith.replace(/^\d{3}\s*/, "")) as Error & { responseCode: number };
          error.responseCode = Number(state.refuseWith.slice(0, 3));
          callback(error);
        },
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", async () => {
            const raw = Buffer.concat(chunks);
            const recipients = session.envelope.rcptTo.map((r) => r.address);
            state.received.push(Object.assign(await simpleParser(raw), { raw, recipients }));
            callback();
          });
        },
      });
      const listening = server;
      await new Promise<void>((resolve, reject) => {
        listening.once("error", reject);
        listening.listen(port, "127.0.0.1", () => resolve());
      });
      port = (listening.server.address() as AddressInfo).port;
      state.port = port;
      state.url = `smtp://127.0.0.1:${port}`;
    },
  };
  await state.start();
  return state;
}
