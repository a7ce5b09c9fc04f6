/**
 * "Demopostkasse": what the demo's mail catcher received (lib/mail/mail-catcher.ts keeps each message as an .eml
 * file in DEMO_MAILBOX_DIR), newest first, parsed with mailparser. Without DEMO_MAILBOX_DIR (production) it is off.
 */
import fs from "node:fs";
import path from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { cut } from "../pagination";

const addresses = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(", ");

export async function loadDemoMailbox({ dir = process.env.DEMO_MAILBOX_DIR, take }: { dir?: string; take: number }) {
  if (!dir) return { enabled: false as const };
  const folder = path.resolve(dir);
  const files = fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .filter((file) => file.endsWith(".eml"))
        .sort()
        .reverse()
    : [];
  const messages = await Promise.all(
    files.slice(0, take + 1).map(async (file) => {
      const raw = fs.readFileSync(path.join(folder, file));
      const mail = await simpleParser(raw);
      return {
        id: file.replace(/\.eml$/, ""),
        receivedAt: fs.statSync(path.join(folder, file)).mtime,
        from: addresses(mail.from),
        to: addresses(mail.to),
        subject: mail.subject ?? "(uden emne)",
        text: mail.text ?? "",
      };
    }),
  );
  return { enabled: true as const, total: files.length, ...cut(messages, take) };
}
