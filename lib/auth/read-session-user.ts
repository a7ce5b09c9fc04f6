/**
 * Is this session still valid, and who is it? Runs on EVERY authenticated request — the app's pages and actions
 * (through getServerSession) and GET /api/auth/session — from next-auth's jwt callback (lib/auth/options.ts).
 * A session ends when the user is gone or deactivated, when their session version has moved on (sign-out,
 * deactivation, password change), or when its absolute lifetime is over.
 * One raw, indexed lookup (~0.2 ms) instead of a Prisma query through the TypeScript query compiler (~2 ms):
 * docs/decisions/0008-performance.md.
 */
import type { Database } from "../db/create-client";
import type { AuthenticatedUser } from "./authenticate";
import { sessionExpired } from "./session-lifetime";

export type SessionClaims = { uid?: unknown; sv?: unknown; signedInAt?: unknown };
export type SessionEndReason = "invalid" | "expired" | "unknown_user" | "inactive" | "revoked";

type Row = AuthenticatedUser & { active: boolean | number; sessionVersion: number | bigint };

export async function readSessionUser(options: {
  db: Database;
  claims: SessionClaims;
  now?: number;
}): Promise<{ user: AuthenticatedUser } | { ended: SessionEndReason }> {
  const { db, claims, now = Date.now() } = options;
  // Tokens from before session versions (no `sv`) end too: their users sign in again once.
  if (typeof claims.uid !== "string" || typeof claims.sv !== "number") return { ended: "invalid" };
  if (sessionExpired(claims, now)) return { ended: "expired" };
  const rows = await db.$queryRaw<Row[]>`
    SELECT "id", "name", "email", "role", "municipalityId", "officeId", "regionId", "active", "sessionVersion"
    FROM "User" WHERE "id" = ${claims.uid}`;
  const row = rows[0];
  if (!row) return { ended: "unknown_user" };
  if (!Number(row.active)) return { ended: "inactive" };
  if (Number(row.sessionVersion) !== claims.sv) return { ended: "revoked" };
  return {
    user: {
      id: row.id,
      name: row.name,
      email: row.email,
      role: String(row.role),
      municipalityId: row.municipalityId,
      officeId: row.officeId,
      regionId: row.regionId,
    },
  };
}

/** Thrown from the jwt callback: next-auth then answers "no session" and deletes the session cookie. */
export class SessionEnded extends Error {
  constructor(readonly reason: SessionEndReason) {
    super(`session ended: ${reason}`);
    this.name = "SessionEnded";
  }
}
