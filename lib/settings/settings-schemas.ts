import { z } from "../validation/zod";

const kroner = (label: string) =>
  z.coerce
    .number({ error: `${label} skal være et beløb i hele kroner.` })
    .refine(Number.isFinite, `${label} skal være et beløb i hele kroner.`)
    .int(`${label} skal være hele kroner.`)
    .min(0, `${label} kan ikke være negativ.`)
    .max(1_000_000_000, `${label} er for stort.`);

export const leadAmountsSchema = z.object({
  officeId: z.string().min(1).max(100),
  amounts: z.record(z.string().max(100), kroner("Beløbet")),
});

export const poolOverrideSchema = z.object({
  officeId: z.string().min(1).max(100),
  year: z.coerce.number().int().min(1900).max(2200),
  amount: kroner("Den aftalte pulje"),
  reason: z.string().trim().min(1, "Skriv begrundelsen for den aftalte pulje.").max(1000, "Højst 1.000 tegn."),
});

export const decisionDueDateSchema = z.object({
  agreementId: z.string().min(1).max(100),
  dueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Skriv fristen som dato.")
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Fristen er ikke en gyldig dato."),
});

/** "500.000" or "500000" → 500000 (Danish thousands separators allowed in the input). */
export function parseKronerInput(value: FormDataEntryValue | null): string {
  return typeof value === "string"
    ? value
        .trim()
        .replace(/\s|\.(?=\d{3}(\D|$))/g, "")
        .replace(/\s*kr\.?$/i, "")
    : "";
}
