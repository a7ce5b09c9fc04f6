/**
 * The users page of a KKR region: its secretariat, its municipalities' contacts and its offices' users (and, for an
 * administrator, the administrators), with the municipalities and offices a new account can belong to.
 */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";

export async function loadUsers({
  regionId,
  includeAdmins = false,
  db = appDb,
}: {
  regionId: string;
  includeAdmins?: boolean;
  db?: DbClient;
}) {
  const [users, municipalities, offices] = await Promise.all([
    db.user.findMany({
      where: {
        OR: [
          { regionId },
          { municipality: { regionId } },
          { office: { agreement: { regionId } } },
          ...(includeAdmins ? [{ role: "ADMIN" as const }] : []),
        ],
      },
      orderBy: [{ role: "asc" }, { name: "asc" }],
      include: { municipality: { select: { name: true } }, office: { select: { name: true } } },
    }),
    db.municipality.findMany({ where: { regionId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    // One choice per office: its newest period's row (one with no successor). A user tied to it works with the
    // office in every period (lib/offices/office-family.ts), so listing each period's row only repeated the names.
    db.clusterOffice.findMany({
      where: { agreement: { regionId }, successors: { none: {} } },
      orderBy: [{ agreement: { firstYear: "desc" } }, { position: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  return {
    users,
    municipalities,
    offices: offices.map((o) => ({ id: o.id, name: o.name })),
  };
}
