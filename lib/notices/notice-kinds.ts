/**
 * Every kind of notice the app sends, who gets it, and why (docs/decisions/0013-notices-and-outbox.md). Each
 * person can switch a kind off on "Mine notifikationer", unless the secretariat has marked it as required
 * (NoticeKindSetting; `requiredByDefault` applies while the secretariat has not chosen). Client-safe: no imports.
 */
export const NOTICE_KINDS = [
  "SHARE_CHANGED",
  "DECISION_ON_BEHALF",
  "DECISION_REMINDER",
  "YEAR_INVOICED",
  "EVALUATION_REVIEWED",
  "EVALUATION_REMINDER",
  "OFFICE_FUNDING_CHANGED",
  "EVALUATION_SUBMITTED",
  "DECISION_RECORDED",
  "OFFICE_YEAR_AT_RISK",
  "WEEKLY_DIGEST",
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export type NoticeAudience = "MUNICIPAL_CONTACT" | "CLUSTER_OFFICE" | "SECRETARIAT";

export type NoticeKindInfo = {
  audience: NoticeAudience;
  /** The switch on "Mine notifikationer". */
  label: string;
  /** Completes "Du får denne mail, fordi …". */
  reason: string;
  /** Deadlines are the point of the reminders: required until the secretariat says otherwise. */
  requiredByDefault: boolean;
};

export const NOTICE_KIND_INFO: Record<NoticeKind, NoticeKindInfo> = {
  SHARE_CHANGED: {
    audience: "MUNICIPAL_CONTACT",
    label: "Kommunens andel er ændret (en anden kommunes beslutning, leadbidrag, aftalt pulje, befolkningstal)",
    reason: "du er kontaktperson for kommunen og får besked, når kommunens andel ændres af noget, andre har gjort",
    requiredByDefault: false,
  },
  DECISION_ON_BEHALF: {
    audience: "MUNICIPAL_CONTACT",
    label: "Sekretariatet har registreret en beslutning på kommunens vegne",
    reason: "du er kontaktperson for kommunen, og sekretariatet har registreret en beslutning på kommunens vegne",
    requiredByDefault: false,
  },
  DECISION_REMINDER: {
    audience: "MUNICIPAL_CONTACT",
    label: "Påmindelse om fristen for kommunalbestyrelsens beslutning",
    reason: "du er kontaktperson for en kommune, der endnu ikke har registreret en beslutning",
    requiredByDefault: true,
  },
  YEAR_INVOICED: {
    audience: "MUNICIPAL_CONTACT",
    label: "KKR-sekretariatet har opkrævet et år eller en efterregulering hos kommunen (beløb pr. klyngekontor)",
    reason:
      "du er kontaktperson for kommunen, og KKR-sekretariatet har opkrævet eller krediteret et beløb hos kommunen",
    requiredByDefault: false,
  },
  EVALUATION_REVIEWED: {
    audience: "CLUSTER_OFFICE",
    label: "Evalueringen er sendt retur eller godkendt",
    reason: "du afleverer klyngekontorets evalueringer, og sekretariatet har behandlet en af dem",
    requiredByDefault: false,
  },
  EVALUATION_REMINDER: {
    audience: "CLUSTER_OFFICE",
    label: "Påmindelse om evalueringens frist (60, 30 og 7 dage før, og når den er overskredet)",
    reason: "du afleverer klyngekontorets evalueringer, og en frist nærmer sig eller er overskredet",
    requiredByDefault: true,
  },
  OFFICE_FUNDING_CHANGED: {
    audience: "CLUSTER_OFFICE",
    label: "Kommunernes samlede bidrag til kontoret er ændret (for få deltager, eller en aftalt reduceret pulje)",
    reason: "du er i klyngekontoret, og kommunernes samlede bidrag til kontoret er ændret",
    requiredByDefault: false,
  },
  EVALUATION_SUBMITTED: {
    audience: "SECRETARIAT",
    label: "Et klyngekontor har afleveret en evaluering",
    reason: "du er i KKR-sekretariatet, som behandler klyngekontorernes evalueringer",
    requiredByDefault: false,
  },
  DECISION_RECORDED: {
    audience: "SECRETARIAT",
    label: "En kommune har registreret en beslutning",
    reason: "du er i KKR-sekretariatet, som følger kommunernes beslutninger",
    requiredByDefault: false,
  },
  OFFICE_YEAR_AT_RISK: {
    audience: "SECRETARIAT",
    label: "Et klyngekontors år er kommet i risiko eller er reduceret",
    reason: "du er i KKR-sekretariatet, som følger deltagelsen i hvert klyngekontor",
    requiredByDefault: false,
  },
  WEEKLY_DIGEST: {
    audience: "SECRETARIAT",
    label: "Ugeoversigt (beslutninger, manglende beslutninger, evalueringer)",
    reason: "du er i KKR-sekretariatet og får en oversigt hver uge",
    requiredByDefault: false,
  },
};

/** The kinds a role can receive (an administrator receives none). */
export function kindsFor(role: string): NoticeKind[] {
  return NOTICE_KINDS.filter((kind) => NOTICE_KIND_INFO[kind].audience === role);
}

export const AUDIENCE_LABELS: Record<NoticeAudience, string> = {
  MUNICIPAL_CONTACT: "Kommunale kontaktpersoner",
  CLUSTER_OFFICE: "Klyngekontorer",
  SECRETARIAT: "KKR-sekretariatet",
};
