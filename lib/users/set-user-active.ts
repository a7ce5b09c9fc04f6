/**
 * Deactivates or reactivates a user. Nobody deactivates themselves; only an administrator changes an
 * administrator (the secretariat manages the region's users, not the installation's administrators). Audited.
 * Deactivation ends the user's sessions at once, in every app process (lib/auth/end-sessions.ts), and starts the
 * period after which an administrator may anonymise the user (lib/users/anonymise-user.ts). An anonymised user
 * stays deactivated.
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { Refusal } from "../actions/refusal";
import { endSessions } from "../auth/end-sessions";

export async function setUserActive(options: {
  db: Database;
  actor: { id: string; role: string };
  userId: string;
  active: boolean;
}) {
  const { db, actor, userId, active } = options;
  if (userId === actor.id && !active) throw new Refusal("Du kan ikke deaktivere dig selv.");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new Refusal("Brugeren findes ikke.");
    if (user.role === "ADMIN" && actor.role !== "ADMIN") {
      throw new Refusal("Kun en administrator kan deaktivere eller aktivere en administrator.");
    }
    if (active && user.anonymisedAt) throw new Refusal("En anonymiseret bruger kan ikke aktiveres igen.");
    await tx.user.update({ where: { id: userId }, data: { active, deactivatedAt: active ? null : new Date() } });
    if (!active) await endSessions({ db: tx, userId });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: active ? "user.reactivated" : "user.deactivated",
      entityType: "User",
      entityId: userId,
      before: { active: user.active },
      after: { active },
    });
  });
}
