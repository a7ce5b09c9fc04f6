/** The evaluation's key figures and summary — one schema for the form and the server. */
import { z } from "../validation/zod";
import { formatNumber } from "../format";
import { formArray } from "../validation/form-values";
import { versionField, whenValid, withoutThousandsSeparators } from "../validation/fields";
import { appendixUpload, pdfUpload } from "../files/upload-schema";

export const MAX_SUMMARY = 2000;
/** Key figures are stored as 32-bit integers (PostgreSQL "integer"): 2 mia. is far above any real figure. */
export const MAX_KEY_FIGURE = 2_000_000_000;

/**
 * A whole, non-negative number; Danish thousands separators ("1.250.000") are accepted, a decimal ("12.5") is not. The
 * messages have no adjective, which would have to agree with the label.
 */
function wholeNumber(label: string, { kroner = false }: { kroner?: boolean } = {}) {
  const tooLarge = `«${label}» må højst være ${formatNumber(MAX_KEY_FIGURE)}.`;
  // "Skriv …" as every other missing field in the app says it; 0 is an answer, so it is named.
  const missing = `Skriv et tal i «${label}» (0, hvis der ingen var).`;
  return (
    z
      .string({ error: missing })
      .trim()
      .min(1, missing)
      .max(20, tooLarge)
      // An amount may be written as on an invoice, «1.500.000 kr.»: the unit is the label's already.
      .transform((value) => withoutThousandsSeparators(kroner ? value.replace(/\s*kr\.?$/i, "") : value))
      .refine((value) => /^-?\d+$/.test(value), `«${label}» skal være et helt tal.`)
      .transform(Number)
      .refine((value) => value >= 0, `«${label}» kan ikke være under 0.`)
      .refine((value) => value <= MAX_KEY_FIGURE, tooLarge)
  );
}

export const KPI_FIELDS = {
  companiesEngaged: "Antal virksomheder engageret",
  smesEngaged: "Heraf SMV'er",
  eventsHeld: "Antal arrangementer",
  eventParticipants: "Deltagere i arrangementer",
  collaborationProjects: "Igangsatte samarbejdsprojekter",
  externalFundingKr: "Tiltrukket ekstern finansiering (kr.)",
} as const;

const keyFigureShape = z.object({
  companiesEngaged: wholeNumber(KPI_FIELDS.companiesEngaged),
  smesEngaged: wholeNumber(KPI_FIELDS.smesEngaged),
  eventsHeld: wholeNumber(KPI_FIELDS.eventsHeld),
  eventParticipants: wholeNumber(KPI_FIELDS.eventParticipants),
  collaborationProjects: wholeNumber(KPI_FIELDS.collaborationProjects),
  externalFundingKr: wholeNumber(KPI_FIELDS.externalFundingKr, { kroner: true }),
  summary: z
    .string({ error: "Skriv en kort opsummering." })
    .trim()
    .min(1, "Skriv en kort opsummering.")
    .max(MAX_SUMMARY, `Opsummeringen må højst være ${MAX_SUMMARY.toLocaleString("da-DK")} tegn.`),
});

function keyFigureRules(kpis: z.infer<typeof keyFigureShape>, ctx: z.RefinementCtx) {
  if (kpis.smesEngaged > kpis.companiesEngaged) {
    ctx.addIssue({
      code: "custom",
      path: ["smesEngaged"],
      message: "Antallet af SMV'er kan ikke være større end antallet af virksomheder.",
    });
  }
}

export const evaluationSchema = keyFigureShape.superRefine(
  keyFigureRules,
  whenValid(["companiesEngaged", "smesEngaged"]),
);

const REPORT_MISSING = "Vælg evalueringsrapporten som PDF-fil.";

/**
 * The whole submission form: key figures, summary, the report (PDF), appendices, and the version seen. A new version
 * may hand in the files of the one before again (`keepReport`, `keepAppendices`: their ids, which the server checks
 * belong to that version), so a report returned for a figure need not be uploaded anew; a new report replaces it.
 */
export const evaluationSubmissionSchema = keyFigureShape
  .extend({
    version: versionField,
    report: pdfUpload("evalueringsrapporten").optional(),
    appendices: formArray(appendixUpload()),
    keepReport: z
      .string()
      .max(100)
      .optional()
      .transform((id) => id || undefined),
    keepAppendices: formArray(z.string().min(1).max(100)).pipe(z.array(z.string()).max(50)),
  })
  .superRefine(keyFigureRules, whenValid(["companiesEngaged", "smesEngaged"]))
  .superRefine(
    (input, ctx) => {
      if (!input.report && !input.keepReport)
        ctx.addIssue({ code: "custom", path: ["report"], message: REPORT_MISSING });
    },
    whenValid(["report", "keepReport"]),
  );

export type EvaluationInput = z.infer<typeof evaluationSchema>;

export const reviewSchema = z
  .object({
    version: versionField,
    outcome: z.enum(["APPROVED", "RETURNED"], { error: "Vælg godkend eller send retur." }),
    comment: z
      .string()
      .trim()
      .max(MAX_SUMMARY, `Bemærkningen må højst være ${formatNumber(MAX_SUMMARY)} tegn.`)
      .optional()
      .transform((v) => v || undefined),
  })
  .superRefine(
    (review, ctx) => {
      if (review.outcome === "RETURNED" && !review.comment)
        ctx.addIssue({ code: "custom", path: ["comment"], message: "Skriv, hvad klyngekontoret skal rette." });
    },
    whenValid(["outcome", "comment"]),
  );
