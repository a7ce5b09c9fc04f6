/**
 * Creates a user with a role and (where the role needs it) a scope. Audited; the password is never logged.
 * The actor is the signed-in user, or — for `npm run user:create` — the command line (no user id, a label).
 */
import { hashPassword } from "../auth/password";
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { Refusal } from "../actions/refusal";
import type { CreateUserInput } from "./user-schema";

export async function createUser(options: {
  db: Database;
  actor: { id: string | null; role: string; label?: string };
  input: CreateUserInput;
}) {
  const { db, actor, input } = options;
  if (input.role === "ADMIN" && actor.role !== "ADMIN")
    throw new Refusal("Kun en administrator kan oprette administratorer.", { field: "role" });
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email } }))
      throw new Refusal("Der findes allerede en bruger med den e-mail-adresse.", { field: "email" });
    if (input.municipalityId && !(await tx.municipality.findUnique({ where: { id: input.municipalityId } })))
      throw new Refusal("Kommunen findes ikke.", { field: "municipalityId" });
    if (input.officeId && !(await tx.clusterOffice.findUnique({ where: { id: input.officeId } })))
      throw new Refusal("Klyngekontoret findes ikke.", { field: "officeId" });
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
      actorLabel: actor.label,
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
