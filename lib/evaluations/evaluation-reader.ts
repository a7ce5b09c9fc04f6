/**
 * Who may read an evaluation (docs/decisions/0006-evaluations.md), through the permission table:
 * - "insider" — the secretariat and the office itself ("evaluation.view"): the whole process;
 * - "reader" — a municipal contact ("evaluation.viewApproved"): only an APPROVED evaluation of an office its
 *   municipality co-finances that year (lead, or not "Nej"); the municipalities pay for it;
 * - null — anyone else.
 */
import type { DbClient } from "../db/types";
import { can, type Actor } from "../auth/permissions";
import { municipalityCoFinances } from "./municipality-co-finances";

export async function evaluationReader(options: {
  db: DbClient;
  actor: Actor;
  report: { officeId: string; year: number; status: string };
  /** The office's scope for this actor (lib/offices/office-family.ts) and region; default: the report's office. */
  scope?: { officeId: string; regionId?: string };
}): Promise<"insider" | "reader" | null> {
  const { db, actor, report } = options;
  const scope = options.scope ?? { officeId: report.officeId };
  if (can(actor, "evaluation.view", scope)) return "insider";
  const reader =
    report.status === "APPROVED" &&
    actor.municipalityId !== null &&
    can(actor, "evaluation.viewApproved", { municipalityId: actor.municipalityId }) &&
    (await municipalityCoFinances({
      db,
      municipalityId: actor.municipalityId,
      officeId: report.officeId,
      year: report.year,
    }));
  return reader ? "reader" : null;
}
