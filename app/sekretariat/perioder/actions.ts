"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { idParam, REGION_CODE } from "@/lib/validation/route-params";
import { periodSchema } from "@/lib/periods/period-schema";
import { checkNewPeriod, createPeriod } from "@/lib/periods/create-period";
import { requirePeriodSource } from "@/lib/periods/require-period-source";
import { summarizePeriod, type PeriodSummaryView } from "@/lib/periods/summarize-period";
import { nestFormValues } from "@/lib/validation/nest-form-values";
import { checkbox } from "@/lib/validation/fields";
import { Refusal } from "@/lib/actions/refusal";
import { now } from "@/lib/clock";

export type PeriodFormData = { summary?: PeriodSummaryView };

/** intent=preview shows the summary to confirm (nothing stored); intent=save creates the period. */
export const createPeriodAction = defineAction({
  name: "createPeriodAction",
  permission: "periods.manage",
  bound: z.tuple([REGION_CODE, z.union([z.literal(""), idParam])]),
  resource: ({ bound: [kkr, sourceId] }) => requirePeriodSource({ kkr, sourceId }),
  schema: ({ resource: { municipalities } }) =>
    z.preprocess(
      (values) => nestFormValues(values as Record<string, unknown>),
      periodSchema({ municipalityIds: municipalities.map((m) => m.id) }).and(
        z.object({ intent: z.enum(["preview", "save"]).default("preview"), confirmPast: checkbox }),
      ),
    ),
  hiddenFields: ["intent"],
  invalidMessage: "Perioden er ikke oprettet. Ret de markerede felter.",
  run: async ({ db, user, resource: { region, source, municipalities }, input }): Promise<{ data: PeriodFormData }> => {
    const summary = summarizePeriod(input, municipalities, now());
    if (input.intent !== "save") {
      await checkNewPeriod({ db, regionId: region.id, input, sourceAgreementId: source?.id });
      return { data: { summary } };
    }
    // A deadline that has passed would tell every municipality at once that it is overdue: only with the tick.
    if (summary.pastDeadline && !input.confirmPast) {
      throw new Refusal(`${summary.pastDeadline} Sæt kryds, hvis det er meningen, og opret perioden igen.`, {
        data: { summary },
      });
    }
    const period = await createPeriod({ db, actor: user, regionId: region.id, input, sourceAgreementId: source?.id });
    revalidatePath("/sekretariat", "layout");
    redirect(`/sekretariat?periode=${period.id}&oprettet=1`);
  },
});
