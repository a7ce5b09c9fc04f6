/**
 * Anonymises a deactivated user (issue 18; docs/decisions/0018-logs-and-personal-data.md): the name and the e-mail
 * are replaced by a pseudonym, "Anonymiseret bruger 7F3KQ2XA", for good. The row and its id stay, so every audit
 * row, decision and evaluation still points at the same user — the trail stays whole, it just no longer names a
 * person. Allowed ANONYMISE_AFTER_DAYS (default 365) after the deactivation, by an administrator only.
 *
 * Where the name or e-mail was copied, it is replaced too, in the same transaction:
 * - audit rows about the user (entity User + id): every "name" and "email" in before/after (earlier names too);
 * - audit rows by the user: the current name and e-mail wherever they occur in before/after;
 * - audit rows anywhere whose actorLabel is the e-mail (failed sign-ins with that address);
 * - the user's mails in the outbox: the address, and the name and e-mail in subject and body;
 * - the sign-in limiter's failures keyed by the e-mail.
 * The password hash is replaced by one of a random secret; the session version is bumped.
 */
import type { Database } from "../db/create-client";
import type { DbClient } from "../db/types";
import { recordAuditEvent } from "../audit/record-audit-event";
import { Refusal } from "../actions/refusal";
import { hashPassword } from "../auth/password";
import { formatDate } from "../format";
import { escapeHtml } from "../notices/mail-layout";

export const DEFAULT_ANONYMISE_AFTER_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;
const PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** The waiting period in days from the environment (ANONYMISE_AFTER_DAYS), or a Danish error. 0 = at once. */
export function anonymiseAfterDays(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_ANONYMISE_AFTER_DAYS;
  if (!/^\d{1,5}$/.test(value.trim()))
    throw new Error(`ANONYMISE_AFTER_DAYS skal være et helt antal dage (0 eller flere), ikke «${value}».`);
  return Number(value);
}

export function newPseudonym(): { name: string; email: string } {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const code = Array.from(bytes, (byte) => PSEUDONYM_ALPHABET[byte % PSEUDONYM_ALPHABET.length]).join("");
  // .invalid is reserved (RFC 2606): no mail can ever reach it, and no organisation sign-in can match it.
  return { name: `Anonymiseret bruger ${code}`, email: `anonymiseret-${code.toLowerCase()}@anonymiseret.invalid` };
}

/** The first day the user may be anonymised, or null when the user is not deactivated. */
export function anonymisableFrom(user: { active: boolean; deactivatedAt: Date | null; updatedAt: Date }, days: number) {
  if (user.active) return null;
  return new Date((user.deactivatedAt ?? user.updatedAt).getTime() + days * DAY_MS);
}

export async function anonymiseUser(options: {
  db: Database;
  actor: { id: string; role: string };
  userId: string;
  afterDays: number;
  now?: Date;
}) {
  const { db, actor, userId, afterDays, now = new Date() } = options;
  if (actor.role !== "ADMIN") throw new Refusal("Kun en administrator kan anonymisere en bruger.");
  // Hashed before the transaction: Argon2 takes a moment, and SQLite holds its write lock for the whole transaction.
  const passwordHash = await hashPassword(crypto.randomUUID());
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new Refusal("Brugeren findes ikke.");
    if (user.anonymisedAt) throw new Refusal("Brugeren er allerede anonymiseret.");
    const from = anonymisableFrom(user, afterDays);
    if (!from) throw new Refusal("Kun en deaktiveret bruger kan anonymiseres. Deaktivér brugeren først.");
    if (from > now)
      throw new Refusal(`Brugeren kan først anonymiseres ${formatDate(from)}: ${afterDays} dage efter deaktiveringen.`);
    const pseudonym = newPseudonym();
    await tx.user.update({
      where: { id: userId },
      data: {
        name: pseudonym.name,
        email: pseudonym.email,
        passwordHash,
        anonymisedAt: now,
        sessionVersion: { increment: 1 },
      },
    });
    const replace = replacer([
      [user.email, pseudonym.email],
      [user.name, pseudonym.name],
      // The HTML part of a mail holds them escaped (lib/notices/mail-layout.ts).
      [escapeHtml(user.email), pseudonym.email],
      [escapeHtml(user.name), pseudonym.name],
    ]);
    const auditRows = await scrubAuditRows(tx, { userId, email: user.email, pseudonym, replace });
    const mails = await scrubOutbox(tx, { userId, replace });
    await tx.signInFailure.deleteMany({ where: { key: `account:${user.email}` } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.anonymised",
      entityType: "User",
      entityId: userId,
      // Never the old name or e-mail: this row would keep what the anonymisation removes.
      before: { anonymisedAt: null },
      after: {
        name: pseudonym.name,
        anonymisedAt: now.toISOString(),
        auditRowsChanged: auditRows,
        mailsChanged: mails,
      },
    });
    return { pseudonym: pseudonym.name, auditRows, mails };
  });
}

/** Replaces every occurrence of each text (longest first: an e-mail may contain the name). Blank texts are skipped. */
function replacer(pairs: [string, string][]) {
  const sorted = pairs.filter(([from]) => from.trim() !== "").sort((a, b) => b[0].length - a[0].length);
  return (text: string) => sorted.reduce((result, [from, to]) => result.split(from).join(to), text);
}

/**
 * Replaces inside the JSON values (not in its escaped text, so a name with quotes is found too); with `fields`,
 * the strings under those top-level keys are replaced outright (a nested "name" is something else's).
 */
function scrubJson(json: string | null, replace: (text: string) => string, fields: Record<string, string> = {}) {
  if (json === null) return null;
  const walk = (value: unknown, topKey?: string): unknown =>
    typeof value === "string"
      ? topKey !== undefined && topKey in fields
        ? fields[topKey]
        : replace(value)
      : Array.isArray(value)
        ? value.map((inner) => walk(inner))
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, walk(inner)]))
          : value;
  const top = (value: unknown): unknown =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, walk(inner, name)]))
      : walk(value);
  try {
    return JSON.stringify(top(JSON.parse(json)));
  } catch {
    return replace(json);
  }
}

async function scrubAuditRows(
  tx: DbClient,
  options: {
    userId: string;
    email: string;
    pseudonym: { name: string; email: string };
    replace: (text: string) => string;
  },
): Promise<number> {
  const { userId, email, pseudonym, replace } = options;
  const rows = await tx.auditEvent.findMany({
    where: { OR: [{ entityType: "User", entityId: userId }, { actorId: userId }, { actorLabel: email }] },
    select: { id: true, actorLabel: true, before: true, after: true, entityType: true, entityId: true },
  });
  let changed = 0;
  for (const row of rows) {
    const aboutUser = row.entityType === "User" && row.entityId === userId;
    const fields: Record<string, string> = aboutUser ? { name: pseudonym.name, email: pseudonym.email } : {};
    const next = {
      actorLabel: row.actorLabel === null ? null : replace(row.actorLabel),
      before: scrubJson(row.before, replace, fields),
      after: scrubJson(row.after, replace, fields),
    };
    if (next.actorLabel === row.actorLabel && next.before === row.before && next.after === row.after) continue;
    await tx.auditEvent.update({ where: { id: row.id }, data: next });
    changed++;
  }
  return changed;
}

async function scrubOutbox(tx: DbClient, options: { userId: string; replace: (text: string) => string }) {
  const { userId, replace } = options;
  const messages = await tx.outboxMessage.findMany({
    where: { recipientId: userId },
    select: { id: true, toAddress: true, subject: true, textBody: true, htmlBody: true },
  });
  for (const message of messages) {
    await tx.outboxMessage.update({
      where: { id: message.id },
      data: {
        toAddress: replace(message.toAddress),
        subject: replace(message.subject),
        textBody: replace(message.textBody),
        htmlBody: replace(message.htmlBody),
      },
    });
  }
  return messages.length;
}
