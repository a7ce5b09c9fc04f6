/**
 * Ends every session of a user: the session version in the user row moves on, so every token signed with the
 * old one is refused on its next request, in every app process (lib/auth/read-session-user.ts). Called inside
 * the transaction of the change that requires it (sign-out, deactivation, password change).
 */
import type { DbClient } from "../db/types";

export async function endSessions(options: { db: DbClient; userId: string }): Promise<number> {
  const user = await options.db.user.update({
    where: { id: options.userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return user.sessionVersion;
}
