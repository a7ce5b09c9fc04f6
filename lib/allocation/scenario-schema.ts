/**
 * The allocation scenario: the one input format of the engine, used by the app, the CLI
 * (`npm run -s allocate`) and the exports. Messages are Danish because users see them.
 */
import { z } from "../validation/zod";

export const DECISION_STATES = ["YES", "NO", "PENDING"] as const;
export type DecisionState = (typeof DECISION_STATES)[number];

/** Upper bounds keep every product pool × population far inside exact integer range. */
const MAX_KRONER = 1_000_000_000_000;
const MAX_POPULATION = 100_000_000;

const municipalityCode = z.string().regex(/^\d{4}$/, "skal være en firecifret kommunekode");
const kroner = z
  .number({ error: "skal være et tal" })
  .int("skal være hele kroner")
  .min(0, "må ikke være negativ")
  .max(MAX_KRONER, "er for stort");

export const thresholdPercentSchema = z
  .number({ error: "skal være et tal" })
  .min(0, "skal være mellem 0 og 100")
  .max(100, "skal være mellem 0 og 100")
  .refine((pct) => Math.abs(pct * 100 - Math.round(pct * 100)) < 1e-9, "højst to decimaler");

export const scenarioSchema = z
  .object({
    nonLeadPool: kroner,
    thresholdPercent: thresholdPercentSchema,
    poolOverride: kroner.optional(),
    leads: z.array(z.object({ code: municipalityCode, amount: kroner })),
    municipalities: z
      .array(
        z.object({
          code: municipalityCode,
          name: z.string().max(200).optional(),
          population: z
            .number({ error: "skal være et tal" })
            .int("skal være et heltal")
            .min(1, "skal være større end 0")
            .max(MAX_POPULATION, "er for stort"),
          decision: z.enum(DECISION_STATES, { error: "skal være YES, NO eller PENDING" }),
        }),
      )
      .min(1, "skal indeholde mindst én kommune"),
  })
  .superRefine((scenario, ctx) => {
    const seen = new Set<string>();
    scenario.municipalities.forEach((municipality, index) => {
      if (seen.has(municipality.code)) {
        ctx.addIssue({
          code: "custom",
          path: ["municipalities", index, "code"],
          message: `kommunekoden ${municipality.code} står to gange`,
        });
      }
      seen.add(municipality.code);
    });
    const leadCodes = new Set<string>();
    scenario.leads.forEach((lead, index) => {
      if (leadCodes.has(lead.code)) {
        ctx.addIssue({
          code: "custom",
          path: ["leads", index, "code"],
          message: `kommunekoden ${lead.code} står to gange`,
        });
      }
      leadCodes.add(lead.code);
      if (seen.has(lead.code)) {
        ctx.addIssue({
          code: "custom",
          path: ["leads", index, "code"],
          message: `leadkommunen ${lead.code} må ikke også stå blandt de øvrige kommuner`,
        });
      }
    });
  });

export type AllocationScenario = z.infer<typeof scenarioSchema>;

export const scenarioListSchema = z.union([
  scenarioSchema,
  z.array(scenarioSchema).min(1, "skal indeholde mindst ét scenarie"),
]);

/** One line naming the field, e.g. `municipalities[2].population: skal være større end 0`. */
export function formatIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join("");
  return field ? `${field}: ${issue.message}` : issue.message;
}
