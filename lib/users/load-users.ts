/** The users page: every account with its scope, and the municipalities and offices a new account can belong to. */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";

export async function loadUsers({ db = appDb }: { db?: DbClient } = {}) {
  const [users, municipalities, offices] = await Promise.all([
    db.user.findMany({
      orderBy: [{ role: "asc" }, { name: "asc" }],
      include: { municipality: { select: { name: true } }, office: { select: { name: true } } },
    }),
    db.municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.clusterOffice.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
  ]);
  return { users, municipalities, offices };
}
