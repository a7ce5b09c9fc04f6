/** The forms of closing, settling, reopening, payments and billing data (issue 11): one schema for form and action. */
import { z } from "../validation/zod";
import { checkbox, isoDate, whenValid } from "../validation/fields";
import { toArray } from "../validation/form-values";
import { nestFormValues } from "../validation/nest-form-values";
import { cvrField, eanField } from "./identifiers";
import { parseWholeKroner } from "./payments-file";
import { danishIsoDate, now } from "../clock";

const reasonText = z
  .string()
  .trim()
  .max(500, "Højst 500 tegn.")
  .optional()
  .transform((value) => value || undefined);

/**
 * What the page showed of the amounts the form acts on (lib/billing/shown-amounts.ts): closing or invoicing is
 * refused when they have changed since (someone saved a decision that moves them, closed an office…), so nothing is
 * invoiced that the user did not see. Optional: left out, the action does not compare (scripts; the page always
 * sends it).
 */
const shownAmountsField = z
  .string({ error: "Siden er for gammel. Genindlæs siden, og prøv igen." })
  .regex(/^[A-Za-z0-9_-]{22}$/, "Siden er for gammel. Genindlæs siden, og prøv igen.")
  .optional();

export const closeYearSchema = z.object({
  officeIds: z.preprocess(toArray, z.array(z.string().max(100)).min(1, "Vælg mindst ét klyngekontor.").max(50)),
  reason: reasonText,
  shown: shownAmountsField,
});

export const invoiceSettlementsSchema = z.object({ shown: shownAmountsField });

export const reopenSchema = z.object({
  reason: z
    .string({ error: "Skriv, hvorfor året genåbnes." })
    .trim()
    .min(1, "Skriv, hvorfor året genåbnes.")
    .max(500, "Højst 500 tegn."),
});

export const MAX_PAYMENTS_FILE_BYTES = 2 * 1024 * 1024;

export const paymentsUploadSchema = z.object({
  intent: z.enum(["preview", "save"]).default("preview"),
  file: z
    .instanceof(File, { error: "Vælg filen fra økonomisystemet." })
    .refine((file) => file.size > 0, "Filen er tom.")
    .refine((file) => file.size <= MAX_PAYMENTS_FILE_BYTES, "Filen er for stor (højst 2 MB).")
    .transform(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
});

/** One invoice (and perhaps a payment) typed in by hand. */
export const paymentSchema = z
  .object({
    municipalityCode: z.string({ error: "Vælg kommunen." }).regex(/^\d{4}$/, "Vælg kommunen."),
    office: z.string({ error: "Vælg klyngekontoret." }).trim().min(1, "Vælg klyngekontoret.").max(100),
    reference: z
      .string({ error: "Skriv fakturanummeret." })
      .trim()
      .min(1, "Skriv fakturanummeret.")
      .max(100, "Højst 100 tegn."),
    invoiceDate: isoDate("fakturadatoen"),
    dueDate: isoDate("forfaldsdatoen"),
    amount: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || undefined)
      .superRefine((value, ctx) => {
        if (value === undefined) return;
        const kroner = parseWholeKroner(value.replace(/^-/, ""));
        // Said as it is: «-500» is a whole number, but no payment; a credit is the invoice's, not a payment's.
        if (kroner === undefined) ctx.addIssue({ code: "custom", message: "Skriv beløbet i hele kroner." });
        else if (value.startsWith("-") || kroner === 0)
          ctx.addIssue({ code: "custom", message: "Det betalte beløb skal være over 0 kr." });
      })
      .transform((value) => (value === undefined ? undefined : parseWholeKroner(value)!)),
    paidDate: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || undefined)
      .pipe(isoDate("betalingsdatoen").optional()),
    /** The «Ja» to the question about a payment above what is owed (lib/billing/record-payments.ts). */
    confirmOverpayment: checkbox,
  })
  // Each rule as soon as the fields it needs are valid, so every problem is told at once.
  .superRefine(
    (input, ctx) => {
      if (input.dueDate < input.invoiceDate) {
        ctx.addIssue({ code: "custom", path: ["dueDate"], message: "Forfaldsdatoen ligger før fakturadatoen." });
      }
    },
    whenValid(["invoiceDate", "dueDate"]),
  )
  .superRefine(
    (input, ctx) => {
      if (input.amount !== undefined && !input.paidDate) {
        ctx.addIssue({ code: "custom", path: ["paidDate"], message: "Skriv, hvornår beløbet blev betalt." });
      }
      if (input.paidDate && input.amount === undefined) {
        ctx.addIssue({ code: "custom", path: ["amount"], message: "Skriv det betalte beløb." });
      }
      if (input.paidDate && input.paidDate > danishIsoDate(now())) {
        ctx.addIssue({ code: "custom", path: ["paidDate"], message: "Betalingsdatoen kan ikke ligge i fremtiden." });
      } else if (input.paidDate && input.invoiceDate && input.paidDate < input.invoiceDate) {
        // Most likely a slip of the keyboard: nothing is paid before it is invoiced.
        ctx.addIssue({ code: "custom", path: ["paidDate"], message: "Betalingsdatoen ligger før fakturadatoen." });
      }
    },
    whenValid(["amount", "paidDate", "invoiceDate"]),
  );

/** CVR and EAN of every municipality of the region, in one form; `stamp` detects a concurrent edit. */
export const billingDataSchema = z.preprocess(
  (values) => nestFormValues(values as Record<string, unknown>),
  z.object({
    municipality: z.preprocess(
      toArray,
      z
        .array(
          z.object({
            id: z.string().max(100),
            stamp: z.string().max(40),
            cvr: cvrField,
            ean: eanField,
          }),
        )
        .max(200),
    ),
  }),
);
