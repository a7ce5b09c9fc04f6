/** The scoped loader of an outbox message: an administrator only ("outbox.manage"); a bad or unknown id is 404. */
import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { requirePermission } from "../auth/session";
import { idParam, parseParam } from "../validation/route-params";

export async function requireOutboxMessage(options: { messageId: unknown }) {
  const user = await requirePermission("outbox.manage");
  const message = await db.outboxMessage.findUnique({ where: { id: parseParam(idParam, options.messageId) } });
  if (!message) notFound();
  return { user, message };
}
