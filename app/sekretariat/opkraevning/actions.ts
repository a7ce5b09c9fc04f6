"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { requireAgreement } from "@/lib/agreements/require-agreement";
import { requireOffice } from "@/lib/offices/require-office";
import { yearArg } from "@/lib/validation/route-params";
import {
  billingDataSchema,
  closeYearSchema,
  invoiceSettlementsSchema,
  reopenSchema,
} from "@/lib/billing/billing-schemas";
import { closeOfficeYears } from "@/lib/billing/close-office-years";
import { invoiceSettlements } from "@/lib/billing/invoice-settlements";
import { reopenOfficeYear } from "@/lib/billing/reopen-office-year";
import { requireRegion } from "@/lib/periods/require-period";
import { REGION_CODE } from "@/lib/validation/route-params";
import { setBillingData } from "@/lib/billing/set-billing-data";

/** Closes the chosen offices' year (one, or all open ones at once); an unsettled year needs a reason. */
export const closeYearAction = defineAction({
  name: "closeYearAction",
  permission: "billing.manage",
  bound: z.tuple([z.unknown(), yearArg]),
  resource: ({ bound: [agreementId] }) => requireAgreement({ agreementId, permission: "billing.manage" }),
  schema: closeYearSchema,
  invalidMessage: "Året er ikke lukket. Ret de markerede felter.",
  run: async ({ db, user, bound: [, year], resource: { agreement }, input }) => {
    try {
      const { message } = await closeOfficeYears({
        db,
        actor: user,
        agreementId: agreement.id,
        year,
        officeIds: input.officeIds,
        reason: input.reason,
        shown: input.shown,
      });
      return { message };
    } finally {
      // Also after a refusal (closed by someone else, amounts changed): the page then shows what is true now.
      revalidatePath("/", "layout");
    }
  },
});

/** Invoices every open settlement of the year's closed office-years. */
export const invoiceSettlementsAction = defineAction({
  name: "invoiceSettlementsAction",
  permission: "billing.manage",
  bound: z.tuple([z.unknown(), yearArg]),
  resource: ({ bound: [agreementId] }) => requireAgreement({ agreementId, permission: "billing.manage" }),
  schema: invoiceSettlementsSchema,
  run: async ({ db, user, bound: [, year], resource: { agreement }, input }) => {
    try {
      const { message } = await invoiceSettlements({
        db,
        actor: user,
        agreementId: agreement.id,
        year,
        shown: input.shown,
      });
      return { message };
    } finally {
      revalidatePath("/", "layout");
    }
  },
});

/** Administrators only: reopens a closed office-year, with a reason. */
export const reopenOfficeYearAction = defineAction({
  name: "reopenOfficeYearAction",
  permission: "billing.reopen",
  bound: z.tuple([z.unknown(), yearArg]),
  resource: ({ bound: [officeId] }) => requireOffice({ officeId, permission: "billing.reopen" }),
  schema: reopenSchema,
  invalidMessage: "Året er ikke genåbnet. Ret de markerede felter.",
  run: async ({ db, user, bound: [, year], resource: { office }, input }) => {
    try {
      const { message } = await reopenOfficeYear({ db, actor: user, officeId: office.id, year, reason: input.reason });
      return { message };
    } finally {
      revalidatePath("/", "layout");
    }
  },
});

/** The region's municipalities' CVR and EAN numbers, all at once. */
export const saveBillingDataAction = defineAction({
  name: "saveBillingDataAction",
  permission: "billing.manage",
  bound: z.tuple([REGION_CODE]),
  resource: ({ bound: [kkr] }) => requireRegion({ permission: "billing.manage", kkr }),
  schema: billingDataSchema,
  invalidMessage: "Fakturadata er ikke gemt. Ret de markerede felter.",
  run: async ({ db, user, resource: { region }, input }) => {
    const { message } = await setBillingData({ db, actor: user, regionId: region.id, rows: input.municipality });
    revalidatePath("/sekretariat", "layout");
    return { message };
  },
});
