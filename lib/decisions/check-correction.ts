/**
 * A correction names one earlier decision of the same municipality and office that still counts — checked when the
 * consequences are shown and again when the decision is saved, with the same refusals.
 */
import type { DbClient } from "../db/types";
import type { DecisionFormInput } from "./decision-schema";
import { Refusal } from "../actions/refusal";

export async function checkCorrection(db: DbClient, o: { municipalityId: string; input: DecisionFormInput }) {
  const target = await db.councilDecision.findUnique({
    where: { id: o.input.correctsId! },
    include: { correctedBy: { select: { id: true } } },
  });
  const field = { field: "correctsId" };
  if (!target || target.municipalityId !== o.municipalityId) {
    throw new Refusal("Vælg den registrering, der rettes, blandt kommunens egne beslutninger.", field);
  }
  if (o.input.officeIds.length !== 1 || o.input.officeIds[0] !== target.officeId) {
    throw new Refusal("En rettelse gælder kun klyngekontoret for den registrering, der rettes. Vælg kun det.", {
      field: "officeIds",
    });
  }
  if (target.correctedBy) {
    throw new Refusal("Registreringen er allerede rettet. Ret i stedet den seneste rettelse.", field);
  }
}
