/** "Mine notifikationer": the kinds the person's role receives, with their switch and whether it is required. */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { kindsFor, NOTICE_KIND_INFO } from "./notice-kinds";
import { loadRequiredKinds } from "./required-notice-kinds";
import { regionOfUser } from "./region-of-user";

type NoticeUser = {
  id: string;
  role: string;
  regionId?: string | null;
  municipalityId: string | null;
  officeId: string | null;
};

export async function loadMyNotices({ user, db = appDb }: { user: NoticeUser; db?: DbClient }) {
  const [preferences, required] = await Promise.all([
    db.noticePreference.findMany({ where: { userId: user.id } }),
    regionOfUser({ db, user }).then((regionId) => loadRequiredKinds({ db, regionId })),
  ]);
  return kindsFor(user.role).map((kind) => ({
    kind,
    label: NOTICE_KIND_INFO[kind].label,
    required: required[kind],
    enabled: required[kind] || preferences.find((p) => p.kind === kind)?.enabled !== false,
  }));
}
