"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { confirmedSchema } from "@/lib/validation/fields";
import { Refusal } from "@/lib/actions/refusal";
import { unusableFile } from "@/lib/files/unusable-file";
import { requireAgreement } from "@/lib/agreements/require-agreement";
import { paymentSchema, paymentsUploadSchema } from "@/lib/billing/billing-schemas";
import { parsePaymentsFile, type PaymentRow } from "@/lib/billing/payments-file";
import { danishIsoDate, now } from "@/lib/clock";
import { planPayments, recordPayments, type PlannedPayment } from "@/lib/billing/record-payments";
import { deleteInvoice, deletePayment } from "@/lib/billing/delete-billing-entry";

export type PaymentsFormData = { plan?: PlannedPayment[]; problems?: string[]; saved?: boolean };

/**
 * The finance system's file: intent=preview checks every row and shows what would be stored (nothing is stored);
 * intent=save stores it all, or nothing. A bad file is refused with one line per bad row.
 */
export const importPaymentsAction = defineAction({
  name: "importPaymentsAction",
  permission: "billing.manage",
  bound: z.tuple([z.unknown()]),
  resource: ({ bound: [agreementId] }) => requireAgreement({ agreementId, permission: "billing.manage" }),
  schema: paymentsUploadSchema,
  hiddenFields: ["intent"],
  invalidMessage: "Intet er gemt. Ret de markerede felter.",
  run: async ({ db, user, resource: { agreement }, input }): Promise<{ message?: string; data: PaymentsFormData }> => {
    const parsed = parsePaymentsFile(input.file.bytes, danishIsoDate(now()));
    if (!parsed.ok) {
      // The rows that could be read are checked against the period as well: every bad row is told at once.
      const checked = parsed.rows?.length
        ? await planPayments({ db, agreementId: agreement.id, rows: parsed.rows }).then(
            () => [],
            (error: unknown) => (error instanceof Refusal ? ((error.data as PaymentsFormData)?.problems ?? []) : []),
          )
        : [];
      const lineOf = (problem: string) => Number(/^Linje (\d+)/.exec(problem)?.[1] ?? 0);
      throw unusableFile({ problems: [...parsed.problems, ...checked].sort((a, b) => lineOf(a) - lineOf(b)) });
    }
    if (input.intent !== "save") {
      return { data: { plan: await planPayments({ db, agreementId: agreement.id, rows: parsed.rows }) } };
    }
    const { message } = await recordPayments({
      db,
      actor: user,
      agreementId: agreement.id,
      rows: parsed.rows,
      source: `fil: ${input.file.name}`,
    });
    revalidatePath("/sekretariat", "layout");
    return { message, data: { saved: true } };
  },
});

/** One invoice, and perhaps a payment of it, typed in by hand. */
export const recordPaymentAction = defineAction({
  name: "recordPaymentAction",
  permission: "billing.manage",
  bound: z.tuple([z.unknown(), z.number().int().min(1900).max(2200)]),
  resource: ({ bound: [agreementId] }) => requireAgreement({ agreementId, permission: "billing.manage" }),
  schema: paymentSchema,
  invalidMessage: "Betalingen er ikke gemt. Ret de markerede felter.",
  // `askOverpayment` comes with the refusal that asks about a payment above what is owed: the form then shows the box.
  run: async ({
    db,
    user,
    bound: [, year],
    resource: { agreement },
    input,
  }): Promise<{ message: string; data?: { askOverpayment?: boolean } }> => {
    const row: PaymentRow = {
      line: 1,
      municipalityCode: input.municipalityCode,
      office: input.office,
      year,
      reference: input.reference,
      invoiceDate: input.invoiceDate,
      dueDate: input.dueDate,
      payment: input.amount !== undefined && input.paidDate ? { amount: input.amount, paidDate: input.paidDate } : null,
    };
    const { message } = await recordPayments({
      db,
      actor: user,
      agreementId: agreement.id,
      rows: [row],
      source: "indtastet",
      typedIn: true,
      confirmedOverpayment: input.confirmOverpayment,
    });
    revalidatePath("/sekretariat", "layout");
    return { message };
  },
});

/** A payment registered by mistake, taken back (lib/billing/delete-billing-entry.ts): audited with every field. */
export const deletePaymentAction = defineAction({
  name: "deletePaymentAction",
  permission: "billing.manage",
  bound: z.tuple([z.unknown(), z.string().min(1).max(100)]),
  resource: ({ bound: [agreementId] }) => requireAgreement({ agreementId, permission: "billing.manage" }),
  schema: confirmedSchema,
  run: async ({ db, user, bound: [, paymentId], resource: { agreement } }) => {
    const { message } = await deletePayment({ db, actor: user, agreementId: agreement.id, paymentId });
    // Told by the list, not by the entry's form, which goes with the entry; and no revalidatePath, which would take
    // the form away before its answer is read. The list says it, then refreshes the page (billing-corrections.tsx).
    return { data: { answer: message } };
  },
});

/** An invoice registered by mistake (without payments), taken back. */
export const deleteInvoiceAction = defineAction({
  name: "deleteInvoiceAction",
  permission: "billing.manage",
  bound: z.tuple([z.unknown(), z.string().min(1).max(100)]),
  resource: ({ bound: [agreementId] }) => requireAgreement({ agreementId, permission: "billing.manage" }),
  schema: confirmedSchema,
  run: async ({ db, user, bound: [, invoiceId], resource: { agreement } }) => {
    const { message } = await deleteInvoice({ db, actor: user, agreementId: agreement.id, invoiceId });
    return { data: { answer: message } }; // told and refreshed by the list, as above
  },
});
