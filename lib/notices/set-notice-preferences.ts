/**
 * "Mine notifikationer": which notices a person gets. Only the kinds of the person's role count; a required kind
 * keeps what is stored (it is sent regardless). Audited.
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { kindsFor, type NoticeKind } from "./notice-kinds";
import { loadRequiredKinds } from "./required-notice-kinds";
import { regionOfUser } from "./region-of-user";

export type SetNoticePreferencesOptions = {
  db: Database;
  actor: { id: string; role: string; regionId?: string | null; municipalityId: string | null; officeId: string | null };
  /** The kinds to keep switched on. */
  enabled: NoticeKind[];
};

export async function setNoticePreferences({ db, actor, enabled }: SetNoticePreferencesOptions) {
  return db.$transaction(async (tx) => {
    const required = await loadRequiredKinds({ db: tx, regionId: await regionOfUser({ db: tx, user: actor }) });
    const switchable = kindsFor(actor.role).filter((kind) => !required[kind]);
    const before = await tx.noticePreference.findMany({ where: { userId: actor.id } });
    for (const kind of switchable) {
      const on = enabled.includes(kind);
      await tx.noticePreference.upsert({
        where: { userId_kind: { userId: actor.id, kind } },
        update: { enabled: on },
        create: { userId: actor.id, kind, enabled: on },
      });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "notices.preferences",
      entityType: "User",
      entityId: actor.id,
      before: Object.fromEntries(before.map((p) => [p.kind, p.enabled])),
      after: Object.fromEntries(switchable.map((kind) => [kind, enabled.includes(kind)])),
    });
  });
}
