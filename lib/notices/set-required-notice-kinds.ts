/** The secretariat marks notice kinds as required: nobody can switch them off on "Mine notifikationer". Audited. */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { NOTICE_KINDS, type NoticeKind } from "./notice-kinds";
import { loadRequiredKinds } from "./required-notice-kinds";

export type SetRequiredNoticeKindsOptions = { db: Database; actor: { id: string }; required: NoticeKind[] };

export async function setRequiredNoticeKinds({ db, actor, required }: SetRequiredNoticeKindsOptions) {
  return db.$transaction(async (tx) => {
    const before = await loadRequiredKinds({ db: tx });
    for (const kind of NOTICE_KINDS) {
      const value = required.includes(kind);
      await tx.noticeKindSetting.upsert({
        where: { kind },
        update: { required: value, updatedById: actor.id },
        create: { kind, required: value, updatedById: actor.id },
      });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "notices.required_kinds",
      entityType: "NoticeKindSetting",
      before: NOTICE_KINDS.filter((kind) => before[kind]),
      after: NOTICE_KINDS.filter((kind) => required.includes(kind)),
    });
  });
}
