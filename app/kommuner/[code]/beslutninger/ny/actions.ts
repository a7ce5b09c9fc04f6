"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { danishIsoDate, now } from "@/lib/clock";
import { requireDecisionForm } from "@/lib/decisions/require-decision-form";
import { decisionFormSchema } from "@/lib/decisions/decision-schema";
import { previewDecisions, type DecisionPreview } from "@/lib/decisions/preview-decisions";
import { recordDecisions, type DecisionConflict } from "@/lib/decisions/record-decisions";

export type DecisionFormData = { preview?: DecisionPreview; saved?: boolean } & Partial<DecisionConflict>;

/**
 * One action for both steps: intent=preview computes the consequences (nothing is stored), intent=save records.
 * The municipality comes from the resource (the code in the URL), checked against the user's scope.
 */
export const submitDecision = defineAction({
  name: "submitDecision",
  permission: "decision.record",
  bound: z.tuple([z.string(), z.string()]),
  resource: ({ bound: [code, periode] }) => requireDecisionForm({ code, periode }),
  schema: ({ resource: { agreement } }) =>
    decisionFormSchema({ firstYear: agreement.firstYear, lastYear: agreement.lastYear, today: danishIsoDate(now()) }),
  invalidMessage: "Beslutningen er ikke gemt. Ret de markerede felter.",
  hiddenFields: ["versions", "intent"],
  run: async ({ db, user, resource: { municipality, agreement }, input }): Promise<{ data: DecisionFormData }> => {
    if (input.intent !== "save") {
      return {
        data: { preview: await previewDecisions({ db, actor: user, municipality, agreementId: agreement.id, input }) },
      };
    }
    await recordDecisions({
      db,
      actor: user,
      municipalityId: municipality.id,
      agreementId: agreement.id,
      input,
      expectedVersions: input.versions,
      minutes: input.minutes,
    });
    revalidatePath(`/kommuner/${municipality.code}`);
    return { data: { saved: true } };
  },
});
