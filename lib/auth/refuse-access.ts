/**
 * A signed-in user refused: a page or action their role does not have, or a record that exists but lies outside
 * their scope (another municipality's, a child under the wrong parent). The answer is the same 404 as for an
 * unknown id — nothing is revealed — but it leaves a trace: an `access.refused` audit row (who, what, which id,
 * where), at most REFUSALS_PER_USER per user per REFUSAL_WINDOW_MS, so a flood of forged calls cannot fill the
 * table. The audit rows of reads are deleted after a retention period (lib/audit/prune-audit-events.ts).
 */
import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { db as appDb } from "../db";
import { log } from "../log/log";
import { recordRefusedAccess } from "../audit/record-refused-access";

export async function refuseAccess(options: {
  user: { id: string };
  permission?: string;
  /** The kind of record or call: "Municipality", "Attachment", "Action" … ("Page" for a page without the role). */
  what?: string;
  /** The record's id or the action's name. */
  id?: string | null;
}): Promise<never> {
  const request = await headers();
  try {
    await recordRefusedAccess({
      db: appDb,
      actorId: options.user.id,
      entityType: options.what ?? "Page",
      entityId: options.id ?? null,
      details: { permission: options.permission, route: request.get("x-pathname") ?? undefined },
    });
  } catch (error) {
    // The refusal stands even if its trace cannot be written.
    log("warn", { event: "access.refused.unrecorded", userId: options.user.id, error });
  }
  notFound();
}
