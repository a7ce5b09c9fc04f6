/** Creates a user with a role and (where the role needs it) a scope. Audited; the password is never logged. */
import bcrypt from "bcryptjs";
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { SettingsRejectedError } from "../settings/update-lead-amounts";
import type { CreateUserInput } from "./user-schema";

export async function createUser(db: Database, actor: { id: string; role: string }, input: CreateUserInput) {
  if (input.role === "ADMIN" && actor.role !== "ADMIN")
    throw new SettingsRejectedError("role", "Kun en administrator kan oprette administratorer.");
  const passwordHash = await bcrypt.hash(input.password, 10);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email } }))
      throw new SettingsRejectedError("email", "Der findes allerede en bruger med den e-mail-adresse.");
    if (input.municipalityId && !(await tx.municipality.findUnique({ where: { id: input.municipalityId } })))
      throw new SettingsRejectedError("municipalityId", "Kommunen findes ikke.");
    if (input.officeId && !(await tx.clusterOffice.findUnique({ where: { id: input.officeId } })))
      throw new SettingsRejectedError("officeId", "Klyngekontoret findes ikke.");
    const user = await tx.user.create({
      data: {
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash,
        // Scope only where the role has one: a secretariat user is never tied to a municipality.
        municipalityId: input.role === "MUNICIPAL_CONTACT" ? input.municipalityId! : null,
        officeId: input.role === "CLUSTER_OFFICE" ? input.officeId! : null,
      },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.created",
      entityType: "User",
      entityId: user.id,
      after: {
        name: user.name,
        email: user.email,
        role: user.role,
        municipalityId: user.municipalityId,
        officeId: user.officeId,
      },
    });
    return user;
  });
}

export async function setUserActive(db: Database, actor: { id: string }, userId: string, active: boolean) {
  if (userId === actor.id && !active) throw new SettingsRejectedError("userId", "Du kan ikke deaktivere dig selv.");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new SettingsRejectedError("userId", "Brugeren findes ikke.");
    await tx.user.update({ where: { id: userId }, data: { active } });
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
