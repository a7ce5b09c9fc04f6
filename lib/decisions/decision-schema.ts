/**
 * The "record a council decision" form: one zod schema used by the form (client) and the action (server).
 * Period bounds and "today" are parameters because they come from the agreement and the clock.
 */
import { z } from "../validation/zod";

export const COUNCIL_BODIES = ["Kommunalbestyrelsen", "Byrådet", "Økonomiudvalget"] as const;
export const MAX_TEXT = 200;
export const MAX_NOTE = 2000;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value || undefined);

/** "YYYY-MM-DD" of a date in Danish time. */
export function danishIsoDate(date: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(date);
}

export function decisionFormSchema(bounds: { firstYear: number; lastYear: number; today: string }) {
  const year = (field: string) =>
    z.coerce
      .number({ error: `Vælg ${field}.` })
      .int(`Vælg ${field}.`)
      .min(bounds.firstYear, `Året skal ligge i aftaleperioden ${bounds.firstYear}–${bounds.lastYear}.`)
      .max(bounds.lastYear, `Året skal ligge i aftaleperioden ${bounds.firstYear}–${bounds.lastYear}.`);
  return z
    .object({
      officeIds: z.array(z.string().min(1).max(100)).min(1, "Vælg mindst ét klyngekontor.").max(50),
      decision: z.enum(["YES", "NO"], { error: "Vælg Ja eller Nej." }),
      effectiveFromYear: year("det år, beslutningen gælder fra"),
      effectiveToYear: z.union([z.literal("").transform(() => undefined), year("det sidste år")]).optional(),
      councilBody: z.enum(COUNCIL_BODIES, { error: "Vælg det organ, der har truffet beslutningen." }),
      meetingDate: z
        .string({ error: "Skriv mødedatoen." })
        .regex(/^\d{4}-\d{2}-\d{2}$/, "Skriv mødedatoen som dato.")
        .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Mødedatoen er ikke en gyldig dato.")
        .refine((value) => value >= "2000-01-01", "Mødedatoen er for gammel.")
        .refine((value) => value <= bounds.today, "Mødedatoen kan ikke ligge i fremtiden."),
      caseReference: z
        .string({ error: "Skriv dagsordenspunkt eller sagsnummer." })
        .trim()
        .min(1, "Skriv dagsordenspunkt eller sagsnummer.")
        .max(MAX_TEXT, `Højst ${MAX_TEXT} tegn.`),
      minutesUrl: z
        .string()
        .trim()
        .max(500, "Linket er for langt.")
        .optional()
        .transform((value) => value || undefined)
        .refine(
          (value) => !value || /^https?:\/\/[^\s]+$/i.test(value),
          "Linket skal begynde med https:// eller http://.",
        ),
      note: optionalText(MAX_NOTE, `Højst ${MAX_NOTE} tegn.`),
      isCorrection: z.boolean().default(false),
      correctionReason: optionalText(500, "Højst 500 tegn."),
    })
    .superRefine((input, ctx) => {
      if (input.effectiveToYear !== undefined && input.effectiveToYear < input.effectiveFromYear) {
        ctx.addIssue({ code: "custom", path: ["effectiveToYear"], message: "Slutåret kan ikke ligge før startåret." });
      }
      if (input.isCorrection && !input.correctionReason) {
        ctx.addIssue({ code: "custom", path: ["correctionReason"], message: "Skriv, hvad der rettes, og hvorfor." });
      }
    });
}

export type DecisionFormInput = z.infer<ReturnType<typeof decisionFormSchema>>;

/** FormData → the plain object the schema parses (same on client and server). */
export function decisionFormValues(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    officeIds: form.getAll("officeIds").filter((v): v is string => typeof v === "string"),
    decision: text("decision"),
    effectiveFromYear: text("effectiveFromYear"),
    effectiveToYear: text("effectiveToYear") ?? "",
    councilBody: text("councilBody"),
    meetingDate: text("meetingDate"),
    caseReference: text("caseReference"),
    minutesUrl: text("minutesUrl"),
    note: text("note"),
    isCorrection: form.get("isCorrection") === "on",
    correctionReason: text("correctionReason"),
  };
}
