/**
 * The municipalities' CVR and EAN numbers (issue 11), all of a region in one form. Only changed rows are written;
 * a row someone else changed since the form was shown (its `stamp`, the row's updatedAt) is refused with the other
 * person's values kept — nothing is silently overwritten. One transaction, one audit event with before and after.
 */
import { formatCount } from "../format";
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { Refusal } from "../actions/refusal";

export type SetBillingDataOptions = {
  db: Database;
  actor: { id: string };
  regionId: string;
  rows: { id: string; stamp: string; cvr: string | null; ean: string | null }[];
  now?: Date;
};

export async function setBillingData({ db, actor, regionId, rows, now = new Date() }: SetBillingDataOptions) {
  return db.$transaction(async (tx) => {
    const current = await tx.municipality.findMany({
      where: { id: { in: rows.map((r) => r.id) } },
      select: { id: true, name: true, regionId: true, cvr: true, ean: true, updatedAt: true },
    });
    if (current.length !== new Set(rows.map((r) => r.id)).size || current.some((m) => m.regionId !== regionId)) {
      throw new Refusal("Vælg blandt regionens kommuner.");
    }
    const changed = rows.filter((row) => {
      const before = current.find((m) => m.id === row.id)!;
      return before.cvr !== row.cvr || before.ean !== row.ean;
    });
    const stale = changed.filter((row) => current.find((m) => m.id === row.id)!.updatedAt.toISOString() !== row.stamp);
    if (stale.length) {
      throw new Refusal(
        // Not «af en anden»: it may be the same user in another window (a try-out's own second tab).
        `${stale.map((row) => current.find((m) => m.id === row.id)!.name).join(", ")} er ændret, siden du åbnede ` +
          "siden (af en kollega, eller af dig i et andet vindue). Intet er gemt — hent siden igen, og ret derefter.",
      );
    }
    for (const row of changed) {
      await tx.municipality.update({ where: { id: row.id }, data: { cvr: row.cvr, ean: row.ean, updatedAt: now } });
    }
    if (changed.length) {
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "billing.data.changed",
        entityType: "Region",
        entityId: regionId,
        before: changed.map((row) => {
          const m = current.find((c) => c.id === row.id)!;
          return { id: m.id, cvr: m.cvr, ean: m.ean };
        }),
        after: changed.map((row) => ({ id: row.id, cvr: row.cvr, ean: row.ean })),
      });
    }
    return {
      message: changed.length
        ? `CVR- og EAN-numre er gemt for ${formatCount(changed.length, "kommune", "kommuner")}.`
        : "Intet var ændret.",
    };
  });
}
