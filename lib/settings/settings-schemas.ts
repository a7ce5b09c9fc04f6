/**
 * The settings forms' schemas. Built from the agreement's own figures where a rule depends on them, so every
 * field is checked at once — the user sees all that is wrong in one round, on the client and on the server.
 */
import { z } from "../validation/zod";
import { isoDate } from "../validation/fields";
import { formatKroner } from "../format";

/** "500.000", "500 000" or "500000 kr." → "500000" (Danish thousands separators allowed in the input). */
export function parseKronerInput(value: unknown): unknown {
  if (typeof value !== "string") return value;
  return value
    .trim()
    .replace(/\s|\.(?=\d{3}(\D|$))/g, "")
    .replace(/\s*kr\.?$/i, "");
}

/** Whole kroner from a text field. */
export const kroner = (label: string) =>
  z.preprocess(
    parseKronerInput,
    z
      .string({ error: `${label} skal være et beløb i hele kroner.` })
      .regex(/^-?\d+$/, `${label} skal være et beløb i hele kroner.`)
      .transform(Number)
      .pipe(z.number().min(0, `${label} kan ikke være negativ.`).max(1_000_000_000, `${label} er for stort.`)),
  );

/** The lead split's form message: the rule across the fields ("must add up to …") is said at the top. */
export const leadAmountsMessage = (errors: Record<string, string>) =>
  errors.amounts ?? "Intet er gemt. Ret de markerede felter.";

/** A multi-lead office's split of the lead contribution: fields `lead:<leadId>`, which must add up. */
export function leadAmountsSchema(office: { leadIds: string[]; leadContribution: number }) {
  return z.preprocess(
    (values) => ({
      amounts: Object.fromEntries(
        Object.entries((values ?? {}) as Record<string, unknown>)
          .filter(([key]) => key.startsWith("lead:"))
          .map(([key, value]) => [key.slice(5), value]),
      ),
    }),
    z.object({ amounts: z.record(z.string().max(100), kroner("Beløbet")) }).superRefine(({ amounts }, ctx) => {
      const ids = Object.keys(amounts).sort();
      if (JSON.stringify(ids) !== JSON.stringify([...office.leadIds].sort())) {
        ctx.addIssue({ code: "custom", path: ["amounts"], message: "Angiv et beløb for hver leadkommune." });
        return;
      }
      const sum = Object.values(amounts).reduce((a, b) => a + b, 0);
      if (sum !== office.leadContribution) {
        ctx.addIssue({
          code: "custom",
          path: ["amounts"],
          message: `Leadbeløbene skal tilsammen give ${formatKroner(office.leadContribution)} (nu ${formatKroner(sum)}).`,
        });
      }
    }),
  );
}

/** The agreed reduced pool of one office-year: at most the full pool, with a reason. */
export function poolOverrideSchema(agreement: { nonLeadPool: number }) {
  return z.object({
    amount: kroner("Den aftalte pulje").pipe(
      z
        .number()
        .max(
          agreement.nonLeadPool,
          `Den aftalte pulje kan ikke være større end den fulde pulje på ${formatKroner(agreement.nonLeadPool)}.`,
        ),
    ),
    reason: z
      .string({ error: "Skriv begrundelsen for den aftalte pulje." })
      .trim()
      .min(1, "Skriv begrundelsen for den aftalte pulje.")
      .max(1000, "Højst 1.000 tegn."),
  });
}

/** A due date (decisions, evaluations): a real calendar date, stored as midnight UTC of that day. */
export const dueDateSchema = z.object({
  dueDate: isoDate("fristen").transform((value) => new Date(`${value}T00:00:00.000Z`)),
});
