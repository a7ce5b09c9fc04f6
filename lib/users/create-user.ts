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
  /** The KKR region the user belongs to: a secretariat user's region; a contact's or office's must lie in it. */
  regionId: string;
  input: CreateUserInput;
}) {
  const { db, actor, regionId, input } = options;
  if (input.role === "ADMIN" && actor.role !== "ADMIN")
    throw new Refusal("Kun en administrator kan oprette administratorer.", { field: "role" });
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email } }))
      throw new Refusal("Der findes allerede en bruger med den e-mail-adresse.", { field: "email" });
    if (
      input.role === "MUNICIPAL_CONTACT" &&
      !(await tx.municipality.findFirst({ where: { id: input.municipalityId, regionId } }))
    )
      throw new Refusal("Vælg en af regionens kommuner.", { field: "municipalityId" });
    if (
      input.role === "CLUSTER_OFFICE" &&
      !(await tx.clusterOffice.findFirst({ where: { id: input.officeId, agreement: { regionId } } }))
    )
      throw new Refusal("Vælg et af regionens klyngekontorer.", { field: "officeId" });
    const user = await tx.user.create({
      data: {
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash,
        // Scope only where the role has one: a secretariat user is never tied to a municipality.
        municipalityId: input.role === "MUNICIPAL_CONTACT" ? input.municipalityId! : null,
        officeId: input.role === "CLUSTER_OFFICE" ? input.officeId! : null,
        regionId: input.role === "SECRETARIAT" ? regionId : null,
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
        regionId: user.regionId,
      },
    });
    return user;
  });
}
