/** The notice kinds nobody in a KKR region can switch off: its secretariat's choice, else the default. */
import type { DbClient } from "../db/types";
import { NOTICE_KIND_INFO, NOTICE_KINDS, type NoticeKind } from "./notice-kinds";

export async function loadRequiredKinds({
  db,
  regionId,
}: {
  db: DbClient;
  /** null (an administrator, who belongs to no region): the defaults. */
  regionId: string | null;
}): Promise<Record<NoticeKind, boolean>> {
  const settings = regionId ? await db.noticeKindSetting.findMany({ where: { regionId } }) : [];
  return Object.fromEntries(
    NOTICE_KINDS.map((kind) => [
      kind,
      settings.find((s) => s.kind === kind)?.required ?? NOTICE_KIND_INFO[kind].requiredByDefault,
    ]),
  ) as Record<NoticeKind, boolean>;
}
