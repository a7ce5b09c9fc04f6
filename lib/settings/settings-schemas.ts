/**
 * The settings forms' schemas. Built from the agreement's own figures where a rule depends on them, so every
 * field is checked at once — the user sees all that is wrong in one round, on the client and on the server.
 */
import { z } from "../validation/zod";
import { checkbox, isoDate, isRealDate, whenValid, withoutThousandsSeparators } from "../validation/fields";
import { formatIsoDate, formatKroner } from "../format";
import { nestFormValues } from "../validation/nest-form-values";
import { toArray } from "../validation/form-values";

/** "500.000", "500 000" or "500000 kr." → "500000" (Danish thousands separators allowed in the input). */
export function parseKronerInput(value: unknown): unknown {
  if (typeof value !== "string") return value;
  return withoutThousandsSeparators(value).replace(/kr\.?$/i, "");
}

/** Whole kroner from a text field. */
export const kroner = (label: string) =>
  z.preprocess(
    parseKronerInput,
    z
      .string({ error: `${label} skal være et beløb i hele kroner.` })
      .regex(/^-?\d+$/, `${label} skal være et beløb i hele kroner.`)
      .transform(Number)
      // Said without an adjective: it would have to agree with the label («Puljen», «Beløbet»).
      .pipe(
        z
          .number()
          .min(0, `${label} kan ikke være under 0 kr.`)
          .max(1_000_000_000, `${label} må højst være ${formatKroner(1_000_000_000)}`),
      ),
  );

/** The lead split's form message: the rule across the fields ("must add up to …") is said at the top. */
export const leadSplitMessage = (errors: Record<string, string>) =>
  errors.amounts ?? "Intet er gemt. Ret de markerede felter.";

/**
 * An office's leads from a year on: fields `lead:<municipalityId>` (0 or empty = no longer lead), and optionally a
 * new lead (`newLeadMunicipalityId` + `newLeadAmount`). The amounts must add up to the lead contribution.
 */
export function leadSplitSchema(office: {
  municipalityIds: string[];
  leadContribution: number;
  firstYear: number;
  lastYear: number;
}) {
  const optionalKroner = z.preprocess((value) => (value === "" ? undefined : value), kroner("Beløbet").optional());
  // Each lead's amount is a field of its own (`lead:<id>`), so a wrong one is told at its municipality's field.
  const leadKeys = office.municipalityIds.map((id) => `lead:${id}`);
  /** The amounts sent, by municipality (a lead field left empty is «no longer lead», as 0). */
  const amountsOf = (split: { leadsSent: string[] } & Record<string, unknown>) =>
    Object.fromEntries(split.leadsSent.map((id) => [id, split[`lead:${id}`] as number | undefined]));
  return z.preprocess(
    (values) => {
      const fields = (values ?? {}) as Record<string, unknown>;
      const sent = Object.keys(fields).filter((key) => key.startsWith("lead:"));
      return {
        fromYear: fields.fromYear,
        newLeadMunicipalityId: fields.newLeadMunicipalityId,
        newLeadAmount: fields.newLeadAmount,
        leadsSent: sent.map((key) => key.slice(5)),
        ...Object.fromEntries(sent.map((key) => [key, fields[key]])),
      };
    },
    z
      .object({
        fromYear: z.coerce
          .number({ error: "Vælg året." })
          .int("Vælg året.")
          .min(office.firstYear, `Året skal ligge i perioden ${office.firstYear}–${office.lastYear}.`)
          .max(office.lastYear, `Året skal ligge i perioden ${office.firstYear}–${office.lastYear}.`),
        leadsSent: z.array(z.string().max(100)).max(200),
        ...Object.fromEntries(leadKeys.map((key) => [key, optionalKroner])),
        newLeadMunicipalityId: z
          .string()
          .max(100)
          .optional()
          .transform((value) => value || undefined),
        newLeadAmount: optionalKroner,
      })
      // Three rules, each run as soon as the fields it reads are valid: every problem is reported in one round (the sum
      // before the new-lead rule, so a missing new amount does not hide that the others do not add up).
      .superRefine(
        (split, ctx) => {
          if (split.leadsSent.some((id) => !office.municipalityIds.includes(id))) {
            ctx.addIssue({
              code: "custom",
              path: ["amounts"],
              message: "Vælg leadkommunerne blandt regionens kommuner.",
            });
          }
        },
        whenValid(["leadsSent"]),
      )
      .superRefine(
        (split, ctx) => {
          const sum =
            Object.values(amountsOf(split)).reduce<number>((a, b) => a + (b ?? 0), 0) + (split.newLeadAmount ?? 0);
          if (sum !== office.leadContribution) {
            ctx.addIssue({
              code: "custom",
              path: ["amounts"],
              message: `Leadbeløbene skal tilsammen give ${formatKroner(office.leadContribution)} (nu ${formatKroner(sum)}).`,
            });
          }
        },
        whenValid([...leadKeys, "leadsSent", "newLeadAmount"]),
      )
      .superRefine(
        (split, ctx) => {
          if (split.newLeadMunicipalityId && !office.municipalityIds.includes(split.newLeadMunicipalityId)) {
            ctx.addIssue({
              code: "custom",
              path: ["newLeadMunicipalityId"],
              message: "Vælg en af regionens kommuner.",
            });
          }
          if (split.newLeadMunicipalityId && !split.newLeadAmount) {
            ctx.addIssue({ code: "custom", path: ["newLeadAmount"], message: "Skriv den nye leadkommunes beløb." });
          }
          if (!split.newLeadMunicipalityId && split.newLeadAmount) {
            ctx.addIssue({
              code: "custom",
              path: ["newLeadMunicipalityId"],
              message: "Vælg den nye leadkommune, eller slet beløbet.",
            });
          }
        },
        whenValid(["newLeadMunicipalityId", "newLeadAmount"]),
      )
      .transform((split) => ({
        fromYear: split.fromYear,
        leads: [
          ...Object.entries(amountsOf(split))
            .filter(([, amount]) => (amount ?? 0) > 0)
            .map(([municipalityId, amount]) => ({ municipalityId, amount: amount! })),
          ...(split.newLeadMunicipalityId
            ? [{ municipalityId: split.newLeadMunicipalityId, amount: split.newLeadAmount! }]
            : []),
        ],
      })),
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
          `Den aftalte pulje kan ikke være større end den fulde pulje på ${formatKroner(agreement.nonLeadPool)}`,
        ),
    ),
    reason: z
      .string({ error: "Skriv begrundelsen for den aftalte pulje." })
      .trim()
      .min(1, "Skriv begrundelsen for den aftalte pulje.")
      .max(1000, "Højst 1.000 tegn."),
  });
}

/**
 * Where a due date (decisions, evaluations) of a period may lie: from 1 January two years before it to 31 December two
 * years after it (1899 and 2099 were taken). `check` takes "YYYY-MM-DD"; `message` says between which days.
 */
export function dueDateBounds(period: { firstYear: number; lastYear: number }) {
  const first = `${period.firstYear - 2}-01-01`;
  const last = `${period.lastYear + 2}-12-31`;
  return {
    check: (isoDay: string) => isoDay >= first && isoDay <= last,
    message: `Fristen skal ligge mellem ${formatIsoDate(first)} og ${formatIsoDate(last)}.`,
  };
}

/** A due date of a period, as typed: a real calendar date within its bounds, stored as midnight UTC of that day. */
export function dueDateSchema(period: { firstYear: number; lastYear: number }) {
  const bounds = dueDateBounds(period);
  return z.object({
    dueDate: isoDate("fristen")
      .refine(bounds.check, bounds.message)
      .transform((value) => new Date(`${value}T00:00:00.000Z`)),
  });
}

/**
 * The decision deadlines of a period: the period's own, and each office's own, where it has one (`office.N.id`,
 * `office.N.dueDate`; empty: the period's deadline applies). Offices not sent keep theirs. Each may be empty: a
 * period without a deadline of its own (only offices' own, or none: then the portal sends no reminders).
 */
export function decisionDueDatesSchema(period: { firstYear: number; lastYear: number }, officeIds: string[]) {
  const bounds = dueDateBounds(period);
  const optionalDueDate = z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || /^\d{4}-\d{2}-\d{2}$/.test(value), "Skriv fristen som dato.")
    .refine((value) => !value || isRealDate(value), "Fristen er ikke en gyldig dato.")
    .refine((value) => !value || !isRealDate(value) || bounds.check(value), bounds.message)
    .transform((value) => (value ? new Date(`${value}T00:00:00.000Z`) : null));
  const office = z.object({
    id: z.string({ error: "Kontoret findes ikke i perioden." }).refine((id) => officeIds.includes(id), {
      error: "Kontoret findes ikke i perioden.",
    }),
    dueDate: optionalDueDate,
  });
  return z.preprocess(
    (values) => nestFormValues(values as Record<string, unknown>),
    z.object({
      dueDate: optionalDueDate,
      /** Yes to the question when a deadline moves to a day that has passed (lib/settings/past-deadlines.ts). */
      confirmPast: checkbox,
      office: z
        .preprocess(toArray, z.array(office).max(officeIds.length))
        .refine((offices) => new Set(offices.map((o) => o.id)).size === offices.length, "Et kontor står to gange."),
    }),
  );
}
