/** Sign-out: every session of the user ends, everywhere ("log ud alle steder"), audited in the same transaction. */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { endSessions } from "./end-sessions";

export async function signOut(options: { db: Database; userId: string }) {
  const { db, userId } = options;
  await db.$transaction(async (tx) => {
    await endSessions({ db: tx, userId });
    await recordAuditEvent(tx, { actorId: userId, action: "auth.sign_out", entityType: "User", entityId: userId });
  });
}
