/**
 * The notice writer: one OutboxMessage row per notice, rendered now, delivered later by the worker
 * (lib/outbox/deliver-outbox.ts). Pass the TRANSACTION of the change that causes the notice (like
 * recordAuditEvent), so the change and its notices commit or roll back together.
 *
 * Every notice has a unique key (kind + recipient + subject + date bucket, enforced by a unique index): a notice
 * already queued is never queued again. Reminders (`skipExisting`) run outside a transaction and skip keys that
 * exist — also when another scheduler inserts the same key at the same moment.
 */
import { randomUUID } from "node:crypto";
import type { DbClient } from "../db/types";
import { insertRows } from "../db/insert-rows";
import { isUniqueViolation } from "../db/is-unique-violation";
import type { RenderedMail } from "./mail-layout";
import type { NoticeKind } from "./notice-kinds";

export type NoticeDraft = {
  kind: NoticeKind;
  recipient: { id: string; email: string };
  /** What the notice is about and its date bucket, e.g. `report:<id>:due-30` or `snapshot:<id>`. */
  key: string;
  mail: RenderedMail;
};

export const dedupeKeyOf = (notice: Pick<NoticeDraft, "kind" | "recipient" | "key">) =>
  `${notice.kind}|${notice.recipient.id}|${notice.key}`;

export type QueueNoticesOptions = {
  db: DbClient;
  notices: NoticeDraft[];
  /** Reminders: skip notices already queued (never inside a transaction: a clash would abort it on PostgreSQL). */
  skipExisting?: boolean;
};

/** Returns how many notices were queued. */
export async function queueNotices({ db, notices, skipExisting = false }: QueueNoticesOptions): Promise<number> {
  const rows = notices.map((notice) => ({
    kind: notice.kind,
    dedupeKey: dedupeKeyOf(notice),
    recipientId: notice.recipient.id,
    toAddress: notice.recipient.email,
    subject: notice.mail.subject,
    textBody: notice.mail.text,
    htmlBody: notice.mail.html,
  }));
  if (rows.length === 0) return 0;
  if (!skipExisting) {
    // Raw, as the ledger's lines (lib/db/insert-rows.ts): through the query builder Prisma's query compiler takes
    // each row's rendered mail, text and HTML, into the query it compiles — 4 ms of a save that tells 28
    // municipalities their amount changed (p50 21 → 17 ms; docs/decisions/0019-speed-at-the-floor.md). Ids are random
    // UUIDs (the schema's cuid is only its default); status, attempts and dates as the schema's defaults set them.
    const now = new Date();
    await insertRows(
      db,
      "OutboxMessage",
      [
        "id",
        "kind",
        "dedupeKey",
        "recipientId",
        "toAddress",
        "subject",
        "textBody",
        "htmlBody",
        "status",
        "attempts",
        "nextAttemptAt",
        "createdAt",
        "updatedAt",
      ],
      rows.map((row) => [
        randomUUID(),
        row.kind,
        row.dedupeKey,
        row.recipientId,
        row.toAddress,
        row.subject,
        row.textBody,
        row.htmlBody,
        "PENDING",
        0,
        now,
        now,
        now,
      ]),
    );
    return rows.length;
  }
  const existing = new Set(
    (
      await db.outboxMessage.findMany({
        where: { dedupeKey: { in: rows.map((r) => r.dedupeKey) } },
        select: { dedupeKey: true },
      })
    ).map((r) => r.dedupeKey),
  );
  let queued = 0;
  for (const row of rows.filter((r) => !existing.has(r.dedupeKey))) {
    try {
      await db.outboxMessage.create({ data: row });
      queued++;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // another scheduler queued it just now
    }
  }
  return queued;
}
