/**
 * Who gets a notice of a kind: the active users of the kind's audience in the KKR region of the change (within a
 * municipality or an office — in any period — when given), minus those who switched the kind off — unless the region's secretariat
 * made it required. The person who caused the change is left out: nobody is told what they did themselves.
 */
import type { DbClient } from "../db/types";
import { NOTICE_KIND_INFO, type NoticeKind } from "./notice-kinds";
import { loadRequiredKinds } from "./required-notice-kinds";
import { officeFamily } from "../offices/office-family";

export type NoticeRecipient = {
  id: string;
  email: string;
  name: string;
  municipalityId: string | null;
  officeId: string | null;
  /** The kind is required: the mail says it cannot be switched off. */
  required: boolean;
};

export type FindNoticeRecipientsOptions = {
  db: DbClient;
  kind: NoticeKind;
  /** The KKR region the notice is about: only its people are told, with its required kinds. */
  regionId: string;
  municipalityIds?: string[];
  officeId?: string;
  exceptUserId?: string | null;
};

export async function findNoticeRecipients({
  db,
  kind,
  regionId,
  municipalityIds,
  officeId,
  exceptUserId,
}: FindNoticeRecipientsOptions): Promise<NoticeRecipient[]> {
  const audience = NOTICE_KIND_INFO[kind].audience;
  const inRegion =
    audience === "MUNICIPAL_CONTACT"
      ? { municipality: { regionId } }
      : audience === "CLUSTER_OFFICE"
        ? { office: { agreement: { regionId } } }
        : { regionId };
  if (municipalityIds && municipalityIds.length === 0) return [];
  // Required or not first, so the switched-off are left out by the same query as the users (one statement, not two:
  // this runs in every decision save's transaction, issue 17).
  const required = (await loadRequiredKinds({ db, regionId }))[kind];
  const users = await db.user.findMany({
    where: {
      active: true,
      role: audience,
      ...inRegion,
      ...(municipalityIds ? { municipalityId: { in: municipalityIds } } : {}),
      // An office's users are tied to one period's row of it and work with the whole family (lib/offices/office-family.ts):
      // they are told about the office in every period (2025–2028's evaluations reached nobody).
      ...(officeId ? { officeId: { in: await officeFamily({ db, officeId }) } } : {}),
      ...(exceptUserId ? { id: { not: exceptUserId } } : {}),
      ...(required ? {} : { noticePreferences: { none: { kind, enabled: false } } }),
    },
    select: { id: true, email: true, name: true, municipalityId: true, officeId: true },
    orderBy: { email: "asc" },
  });
  return users.map((user) => ({ ...user, required }));
}
