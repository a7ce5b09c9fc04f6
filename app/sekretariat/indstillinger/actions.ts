"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { REGION_CODE } from "@/lib/validation/route-params";
import { requireOffice } from "@/lib/offices/require-office";
import { requireAgreement } from "@/lib/agreements/require-agreement";
import { pastDeadlineQuestion } from "@/lib/settings/past-deadlines";
import { Refusal } from "@/lib/actions/refusal";
import { now } from "@/lib/clock";
import { db as appDb } from "@/lib/db";
import {
  decisionDueDatesSchema,
  leadSplitMessage,
  leadSplitSchema,
  poolOverrideSchema,
} from "@/lib/settings/settings-schemas";
import { setLeadsFromYear } from "@/lib/settings/set-leads-from-year";
import { requireOfficeSettings } from "@/lib/settings/require-office-settings";
import { setPoolOverride } from "@/lib/settings/set-pool-override";
import { setDecisionDueDate } from "@/lib/settings/set-decision-due-date";
import { yearArg } from "@/lib/validation/route-params";
import { officeAmounts } from "@/lib/offices/office-amounts";
import { requiredNoticeKindsSchema } from "@/lib/notices/notice-settings-schema";
import { setRequiredNoticeKinds } from "@/lib/notices/set-required-notice-kinds";
import { requireRegion } from "@/lib/periods/require-period";

export const saveLeadSplit = defineAction({
  name: "saveLeadSplit",
  permission: "settings.manage",
  bound: z.tuple([z.unknown()]),
  resource: ({ bound: [officeId] }) => requireOfficeSettings({ officeId }),
  invalidMessage: leadSplitMessage,
  schema: ({ resource: { office, agreement, municipalities } }) =>
    leadSplitSchema({
      municipalityIds: municipalities.map((m) => m.id),
      leadContribution: officeAmounts(office, agreement).leadContribution,
      firstYear: agreement.firstYear,
      lastYear: agreement.lastYear,
    }),
  run: async ({ db, user, resource: { office }, input }) => {
    await setLeadsFromYear({ db, actor: user, officeId: office.id, fromYear: input.fromYear, leads: input.leads });
    revalidatePath("/", "layout");
    return { message: "Leadbeløbene er gemt." };
  },
});

export const savePoolOverride = defineAction({
  name: "savePoolOverride",
  permission: "settings.manage",
  bound: z.tuple([z.unknown(), yearArg]),
  resource: ({ bound: [officeId] }) => requireOffice({ officeId, permission: "settings.manage" }),
  schema: ({ resource: { office } }) => poolOverrideSchema(officeAmounts(office, office.agreement)),
  run: async ({ db, user, bound: [, year], resource: { office }, input }) => {
    await setPoolOverride({ db, actor: user, officeId: office.id, year, ...input });
    revalidatePath("/", "layout");
    return { message: "Den aftalte pulje er gemt, og fordelingen er beregnet igen." };
  },
});

/** The period's decision deadline and the offices' own (bound: the period). */
export const saveDecisionDueDate = defineAction({
  name: "saveDecisionDueDate",
  permission: "settings.manage",
  bound: z.tuple([z.unknown()]),
  resource: async ({ bound: [agreementId] }) => {
    const { agreement } = await requireAgreement({ agreementId, permission: "settings.manage" });
    const offices = await appDb.clusterOffice.findMany({ where: { agreementId: agreement.id }, select: { id: true } });
    return { agreement, officeIds: offices.map((office) => office.id) };
  },
  schema: ({ resource: { agreement, officeIds } }) => decisionDueDatesSchema(agreement, officeIds),
  // `askPast` comes with the refusal that asks about a deadline that has passed: the form then shows the box.
  run: async ({
    db,
    user,
    resource: { agreement },
    input,
  }): Promise<{ message: string; data?: { askPast?: boolean } }> => {
    if (!input.confirmPast) {
      const question = await pastDeadlineQuestion({
        db,
        agreementId: agreement.id,
        dueDate: input.dueDate,
        offices: input.office,
        today: now(),
      });
      if (question) throw new Refusal(question, { data: { askPast: true } });
    }
    await setDecisionDueDate({
      db,
      actor: user,
      agreementId: agreement.id,
      dueDate: input.dueDate,
      offices: input.office,
    });
    revalidatePath("/sekretariat", "layout");
    return { message: input.office.length ? "Fristerne er gemt." : "Fristen er gemt." };
  },
});

/** Bound: the KKR region's code; another region's secretariat gets a 404 (requireRegion). */
export const saveRequiredNoticeKinds = defineAction({
  name: "saveRequiredNoticeKinds",
  permission: "settings.manage",
  bound: z.tuple([REGION_CODE]),
  resource: ({ bound: [kkr] }) => requireRegion({ permission: "settings.manage", kkr }),
  schema: requiredNoticeKindsSchema,
  run: async ({ db, user, resource: { region }, input }) => {
    await setRequiredNoticeKinds({ db, actor: user, regionId: region.id, required: input.required });
    revalidatePath("/sekretariat/indstillinger");
    return { message: "De påkrævede notifikationer er gemt." };
  },
});
