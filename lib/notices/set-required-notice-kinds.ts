/**
 * A KKR secretariat marks notice kinds as required in its region: nobody there can switch them off on "Mine
 * notifikationer". Audited.
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { NOTICE_KINDS, type NoticeKind } from "./notice-kinds";
import { loadRequiredKinds } from "./required-notice-kinds";

export type SetRequiredNoticeKindsOptions = {
  db: Database;
  actor: { id: string };
  regionId: string;
  required: NoticeKind[];
};

export async function setRequiredNoticeKinds({ db, actor, regionId, required }: SetRequiredNoticeKindsOptions) {
  return db.$transaction(async (tx) => {
    const before = await loadRequiredKinds({ db: tx, regionId });
    for (const kind of NOTICE_KINDS) {
      const value = required.includes(kind);
      await tx.noticeKindSetting.upsert({
        where: { regionId_kind: { regionId, kind } },
        update: { required: value, updatedById: actor.id },
        create: { regionId, kind, required: value, updatedById: actor.id },
      });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "notices.required_kinds",
      entityType: "Region",
      entityId: regionId,
      before: NOTICE_KINDS.filter((kind) => before[kind]),
      after: NOTICE_KINDS.filter((kind) => required.includes(kind)),
    });
  });
}
