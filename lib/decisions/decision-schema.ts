/**
 * The "record a council decision" form: one zod schema used by the form (client) and the action (server).
 * Period bounds and "today" are parameters because they come from the agreement and the clock.
 */
import { z } from "../validation/zod";
import { toArray } from "../validation/form-values";
import { checkbox, isoDate, whenValid } from "../validation/fields";
import { pdfUpload } from "../files/upload-schema";
import { formatNumber } from "../format";
import { parseKronerInput } from "../settings/settings-schemas";

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

function decisionShape(bounds: Bounds) {
  const year = (field: string) =>
    z.coerce
      .number({ error: `Vælg ${field}.` })
      .int(`Vælg ${field}.`)
      .min(bounds.firstYear, `Året skal ligge i aftaleperioden ${bounds.firstYear}–${bounds.lastYear}.`)
      .max(bounds.lastYear, `Året skal ligge i aftaleperioden ${bounds.firstYear}–${bounds.lastYear}.`);
  return z.object({
    officeIds: z.preprocess(
      toArray,
      z
        .array(z.string().min(1).max(100))
        .min(1, "Vælg mindst ét klyngekontor.")
        .max(50)
        .refine((ids) => new Set(ids).size === ids.length, "Det samme klyngekontor er valgt to gange."),
    ),
    decision: z.enum(["YES", "NO"], { error: "Vælg Ja eller Nej." }),
    effectiveFromYear: year("det år, beslutningen gælder fra"),
    effectiveToYear: z.union([z.literal("").transform(() => undefined), year("det sidste år")]).optional(),
    councilBody: z.enum(COUNCIL_BODIES, { error: "Vælg det organ, der har truffet beslutningen." }),
    meetingDate: isoDate("mødedatoen")
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
    note: optionalText(MAX_NOTE, `Højst ${formatNumber(MAX_NOTE)} tegn.`),
    isCorrection: checkbox,
    correctionReason: optionalText(500, "Højst 500 tegn."),
    /** Why a closed (invoiced) year is changed: the settlement's reason (issue 11, the secretariat only). */
    closedYearReason: optionalText(500, "Højst 500 tegn."),
    /** The registration this one corrects (then void); empty for a decision that is not a correction. */
    correctsId: z
      .string()
      .max(100)
      .transform((value) => value || undefined)
      .optional(),
    /** What the council granted per year (bevilling), optional. */
    approvedAmountPerYear: z.preprocess(
      (value) => (value === "" || value === undefined ? undefined : parseKronerInput(value)),
      z
        .string()
        .regex(/^\d+$/, "Skriv bevillingen som et beløb i hele kroner.")
        .transform(Number)
        .pipe(z.number().max(1_000_000_000, "Bevillingen er for stor."))
        .optional(),
    ),
  });
}

type Bounds = { firstYear: number; lastYear: number; today: string };
type DecisionFields = z.infer<ReturnType<typeof decisionShape>>;

function decisionRules(input: DecisionFields, ctx: z.RefinementCtx) {
  if (input.effectiveToYear !== undefined && input.effectiveToYear < input.effectiveFromYear) {
    ctx.addIssue({ code: "custom", path: ["effectiveToYear"], message: "Slutåret kan ikke ligge før startåret." });
  }
  if (input.isCorrection && !input.correctionReason) {
    ctx.addIssue({
      code: "custom",
      path: ["correctionReason"],
      message: "Skriv, hvad der rettes, eller hvorfor beslutningen gælder med tilbagevirkende kraft.",
    });
  }
  if (input.correctsId && !input.isCorrection) {
    ctx.addIssue({ code: "custom", path: ["isCorrection"], message: "Markér registreringen som en rettelse." });
  }
  const meetingYear = Number(input.meetingDate.slice(0, 4));
  // The box without a registration to correct means «with retroactive effect»: only a year before the meeting's is.
  // Otherwise it would be stored, mailed and shown as retroactive, and the registration meant left in force.
  if (input.isCorrection && !input.correctsId && input.effectiveFromYear >= meetingYear) {
    ctx.addIssue({
      code: "custom",
      path: ["correctsId"],
      message:
        `Vælg den registrering, der rettes. Beslutningen gælder fra ${input.effectiveFromYear}, ikke før mødets år ` +
        `(${meetingYear}), så den har ikke tilbagevirkende kraft. Er det ikke en rettelse, så fjern krydset.`,
    });
  }
  // Opt-outs never rewrite the past by default (issue 10): a year before the meeting needs the "rettelse" box.
  if (input.effectiveFromYear < meetingYear && !input.isCorrection) {
    ctx.addIssue({
      code: "custom",
      path: ["effectiveFromYear"],
      message:
        "Året ligger før mødets år og ændrer allerede forløbne år. Markér registreringen som rettelse, og skriv hvorfor.",
    });
  }
}

const DECISION_RULE_FIELDS = whenValid([
  "effectiveFromYear",
  "effectiveToYear",
  "isCorrection",
  "correctionReason",
  "correctsId",
  "meetingDate",
]);

/** A grant belongs to a yes: on a «Nej» it would stand in the statement as granted money that is never paid. */
function grantRule(input: DecisionFields, ctx: z.RefinementCtx) {
  if (input.decision === "NO" && input.approvedAmountPerYear !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["approvedAmountPerYear"],
      message: "Et bevilget beløb hører til en Ja-beslutning. Lad feltet stå tomt ved Nej.",
    });
  }
}

const GRANT_RULE_FIELDS = whenValid(["decision", "approvedAmountPerYear"]);

/** The fields of a council decision (what recordDecisions and the preview take). */
export function decisionSchema(bounds: Bounds) {
  return decisionShape(bounds)
    .superRefine(decisionRules, DECISION_RULE_FIELDS)
    .superRefine(grantRule, GRANT_RULE_FIELDS);
}

export type DecisionFormInput = z.infer<ReturnType<typeof decisionSchema>>;

/**
 * The whole form: the decision, what the user asks for (preview or save), the participation version per office
 * the user saw (hidden fields `version:<officeId>`, for the optimistic check) and the minutes PDF.
 */
export function decisionFormSchema(bounds: Bounds) {
  return z.preprocess(
    collectVersions,
    decisionShape(bounds)
      .extend({
        intent: z.enum(["preview", "save"]).default("preview"),
        versions: z.record(
          z.string().max(100),
          z
            .string()
            .regex(/^\d{1,9}$/)
            .transform(Number),
        ),
        minutes: pdfUpload("referatet").optional(),
      })
      .superRefine(decisionRules, DECISION_RULE_FIELDS)
      .superRefine(grantRule, GRANT_RULE_FIELDS),
  );
}

/** Hidden `version:<id>` fields → one `versions` record. */
function collectVersions(values: unknown) {
  if (!values || typeof values !== "object") return values;
  const entries = Object.entries(values as Record<string, unknown>);
  return {
    ...Object.fromEntries(entries.filter(([key]) => !key.startsWith("version:"))),
    versions: Object.fromEntries(
      entries.filter(([key]) => key.startsWith("version:")).map(([k, v]) => [k.slice(8), v]),
    ),
  };
}
