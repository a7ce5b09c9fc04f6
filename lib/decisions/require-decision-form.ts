/**
 * What the "record a council decision" page and action work on: the municipality (scoped for "decision.record"),
 * the agreement the decision belongs to, and the offices the municipality decides on with the participation
 * version the user sees (the optimistic check of a save).
 */
import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { requireMunicipality } from "../municipalities/require-municipality";
import { findCurrentAgreement } from "../shares/load-agreement";

export async function requireDecisionForm(options: { code: unknown }) {
  const { user, municipality } = await requireMunicipality({ code: options.code, permission: "decision.record" });
  const agreement = await findCurrentAgreement({ db, regionId: municipality.regionId });
  if (!agreement) notFound();
  const participations = await db.participation.findMany({
    where: { municipalityId: municipality.id, office: { agreementId: agreement.id } },
    include: { office: { select: { id: true, name: true, position: true } } },
    orderBy: { office: { position: "asc" } },
  });
  const offices = participations.map((p) => ({ id: p.office.id, name: p.office.name, version: p.version }));
  return { user, municipality, agreement, offices };
}
