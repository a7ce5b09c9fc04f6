/**
 * The permission table (Dub rbac/permissions.ts style): every action → the roles that may do it.
 * Scope comes on top: a municipal contact acts only for its municipality, a cluster office only for its
 * office. Unknown roles and unknown permissions are refused.
 */
export const ROLES = ["SECRETARIAT", "MUNICIPAL_CONTACT", "CLUSTER_OFFICE", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  "secretariat.view": ["SECRETARIAT", "ADMIN"],
  "settings.manage": ["SECRETARIAT", "ADMIN"],
  "users.manage": ["SECRETARIAT", "ADMIN"],
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

export type Actor = { role: string; municipalityId: string | null; officeId: string | null };
export type Scope = { municipalityId?: string; officeId?: string };

/** Secretariat and admin see every municipality and office; the other roles only their own. */
export function can(actor: Actor, permission: Permission, scope: Scope = {}): boolean {
  const allowed: readonly string[] | undefined = PERMISSIONS[permission];
  if (!allowed || !(ROLES as readonly string[]).includes(actor.role) || !allowed.includes(actor.role)) return false;
  if (actor.role === "SECRETARIAT" || actor.role === "ADMIN") return true;
  if (scope.municipalityId !== undefined && scope.municipalityId !== actor.municipalityId) return false;
  if (scope.officeId !== undefined && scope.officeId !== actor.officeId) return false;
  if (actor.role === "MUNICIPAL_CONTACT" && !actor.municipalityId) return false;
  if (actor.role === "CLUSTER_OFFICE" && !actor.officeId) return false;
  return true;
}
