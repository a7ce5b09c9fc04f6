/**
 * An office across periods (issue 12): a new period copies its offices, each new office pointing at the one it
 * continues (`predecessorId`). The office's users are tied to one of those rows but work with all of them — the
 * family: every office reachable through predecessor and successor links.
 */
import type { DbClient } from "../db/types";

export async function officeFamily(options: { db: DbClient; officeId: string }): Promise<string[]> {
  const { db } = options;
  const family = new Set([options.officeId]);
  let frontier = [options.officeId];
  // A family is a chain of a few periods: a handful of small queries at most.
  for (let step = 0; step < 20 && frontier.length; step++) {
    const linked = await db.clusterOffice.findMany({
      where: { OR: [{ id: { in: frontier } }, { predecessorId: { in: frontier } }] },
      select: { id: true, predecessorId: true },
    });
    const next = linked.flatMap((o) => [o.id, o.predecessorId]).filter((id): id is string => !!id && !family.has(id));
    next.forEach((id) => family.add(id));
    frontier = next;
  }
  return [...family];
}

/**
 * The office scope to check a user's permission against for an office: a cluster office's user may act for every
 * office of its family, so their scope is their own office when the office is in the family.
 */
export async function officeScopeFor(options: {
  db: DbClient;
  user: { role: string; officeId: string | null };
  office: { id: string };
}): Promise<string> {
  const { db, user, office } = options;
  if (user.role !== "CLUSTER_OFFICE" || !user.officeId || user.officeId === office.id) return office.id;
  const family = await officeFamily({ db, officeId: user.officeId });
  return family.includes(office.id) ? user.officeId : office.id;
}
