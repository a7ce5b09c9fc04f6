/**
 * Audit events are written with the same client (transaction) as the change they record, so a change and
 * its audit row commit or roll back together (HOUSE-STYLE: Documenso DocumentAuditLog).
 */
import type { Prisma } from "../../prisma/generated/sqlite";

type AuditClient = { auditEvent: { create(args: { data: Prisma.AuditEventUncheckedCreateInput }): Promise<unknown> } };

export type AuditEventInput = {
  actorId?: string | null;
  actorLabel?: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

export async function recordAuditEvent(client: AuditClient, event: AuditEventInput) {
  await client.auditEvent.create({
    data: {
      actorId: event.actorId ?? null,
      actorLabel: event.actorLabel ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
    },
  });
}
