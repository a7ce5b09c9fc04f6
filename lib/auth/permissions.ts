/**
 * The permission table (Dub rbac/permissions.ts style): every action → the roles that may do it.
 * Scope comes on top: a KKR secretariat acts only in its region, a municipal contact only for its municipality, a
 * cluster office only for its office; an administrator everywhere. Unknown roles and permissions are refused.
 */
export const ROLES = ["SECRETARIAT", "MUNICIPAL_CONTACT", "CLUSTER_OFFICE", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** One's own account: name, role, password (every role). */
  "account.manage": ["SECRETARIAT", "ADMIN", "MUNICIPAL_CONTACT", "CLUSTER_OFFICE"],
  "secretariat.view": ["SECRETARIAT", "ADMIN"],
  "settings.manage": ["SECRETARIAT", "ADMIN"],
  /** Creating a new agreement period, importing population figures. */
  "periods.manage": ["SECRETARIAT", "ADMIN"],
  "users.manage": ["SECRETARIAT", "ADMIN"],
  /** Replacing a deactivated user's name and e-mail by a pseudonym, for good (docs/decisions/0018-…). */
  "users.anonymise": ["ADMIN"],
  /** Closing (opkrævning) office-years, invoicing settlements, payments, the municipalities' CVR/EAN (issue 11). */
  "billing.manage": ["SECRETARIAT", "ADMIN"],
  /** Reopening a closed office-year. */
  "billing.reopen": ["ADMIN"],
  "municipality.view": ["SECRETARIAT", "ADMIN", "MUNICIPAL_CONTACT"],
  "decision.record": ["SECRETARIAT", "ADMIN", "MUNICIPAL_CONTACT"],
  "office.view": ["SECRETARIAT", "ADMIN", "CLUSTER_OFFICE"],
  /** The whole evaluation process of an office: its versions, reviews and comments. */
  "evaluation.view": ["SECRETARIAT", "ADMIN", "CLUSTER_OFFICE"],
  /** Approved evaluations of offices the municipality co-finances (lib/evaluations/require-evaluation.ts). */
  "evaluation.viewApproved": ["MUNICIPAL_CONTACT"],
  "evaluation.submit": ["CLUSTER_OFFICE"],
  "evaluation.review": ["SECRETARIAT", "ADMIN"],
  /** One's own notice settings ("Mine notifikationer"). */
  "notices.own": ["SECRETARIAT", "ADMIN", "MUNICIPAL_CONTACT", "CLUSTER_OFFICE"],
  /** The outgoing mail: failures, "Send igen", the demo mailbox. The installation's administrator only. */
  "outbox.manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export type Actor = {
  role: string;
  municipalityId: string | null;
  officeId: string | null;
  /** A secretariat user's KKR region (issue 12). */
  regionId?: string | null;
};
/** The resource's place: its municipality, office and region, as far as they apply. */
export type Scope = { municipalityId?: string; officeId?: string; regionId?: string };

/**
 * An administrator sees everything; a secretariat every municipality and office of its own region; the other
 * roles only their own municipality or office.
 */
export function can(actor: Actor, permission: Permission, scope: Scope = {}): boolean {
  const allowed: readonly string[] | undefined = PERMISSIONS[permission];
  if (!allowed || !(ROLES as readonly string[]).includes(actor.role) || !allowed.includes(actor.role)) return false;
  if (actor.role === "ADMIN") return true;
  if (actor.role === "SECRETARIAT") return scope.regionId === undefined || scope.regionId === actor.regionId;
  if (scope.municipalityId !== undefined && scope.municipalityId !== actor.municipalityId) return false;
  if (scope.officeId !== undefined && scope.officeId !== actor.officeId) return false;
  if (actor.role === "MUNICIPAL_CONTACT" && !actor.municipalityId) return false;
  if (actor.role === "CLUSTER_OFFICE" && !actor.officeId) return false;
  return true;
}
