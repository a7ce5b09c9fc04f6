/** Which notice kinds are required (cannot be switched off): the secretariat's choice, else the default. */
import type { DbClient } from "../db/types";
import { NOTICE_KIND_INFO, NOTICE_KINDS, type NoticeKind } from "./notice-kinds";

export async function loadRequiredKinds({ db }: { db: DbClient }): Promise<Record<NoticeKind, boolean>> {
  const settings = await db.noticeKindSetting.findMany();
  return Object.fromEntries(
    NOTICE_KINDS.map((kind) => [
      kind,
      settings.find((s) => s.kind === kind)?.required ?? NOTICE_KIND_INFO[kind].requiredByDefault,
    ]),
  ) as Record<NoticeKind, boolean>;
}
