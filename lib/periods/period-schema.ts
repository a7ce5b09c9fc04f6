/**
 * The "new period" form (issue 12): the period's years, threshold and population basis, and per office (copied
 * from the previous period, renamed, ended, or new) its lead contribution, pool, decision deadline and leads with
 * from/to years. One schema for the form and the action; every rule across fields reports at once.
 */
import { z } from "../validation/zod";
import { checkbox, isoDate, isRealDate, whenValid } from "../validation/fields";
import { dueDateBounds, kroner } from "../settings/settings-schemas";
import { formatKroner } from "../format";
import { toArray } from "../validation/form-values";

const MAX_YEARS = 10;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Højst ${max} tegn.`)
    .optional()
    .transform((value) => value || undefined);

const year = (what: string) =>
  z.coerce
    .number({ error: `Skriv ${what} som et årstal.` })
    .int(`Skriv ${what} som et årstal.`)
    .min(2000, `Skriv ${what} som et årstal mellem 2000 og 2100.`)
    .max(2100, `Skriv ${what} som et årstal mellem 2000 og 2100.`);

const optionalYear = z.preprocess((value) => (value === "" ? undefined : value), year("året").optional());

const leadRow = z.object({
  municipalityId: z
    .string()
    .max(100)
    .optional()
    .transform((value) => value || undefined),
  amount: z.preprocess((value) => (value === "" ? undefined : value), kroner("Leadbeløbet").optional()),
  fromYear: optionalYear,
  toYear: optionalYear,
});

const officeRow = z.object({
  /** The office it continues from the previous period (empty for a new office). */
  sourceId: z
    .string()
    .max(100)
    .optional()
    .transform((value) => value || undefined),
  keep: checkbox,
  name: optionalText(200),
  field: optionalText(200),
  city: optionalText(100),
  leadContribution: z.preprocess((value) => (value === "" ? undefined : value), kroner("Leadbidraget").optional()),
  nonLeadPool: z.preprocess((value) => (value === "" ? undefined : value), kroner("Puljen").optional()),
  decisionDueDate: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || isRealDate(value), "Fristen er ikke en gyldig dato.")
    .transform((value) => (value ? new Date(`${value}T00:00:00.000Z`) : undefined)),
  lead: z.preprocess(toArray, z.array(leadRow)),
});

type Payload = { issues: readonly { path?: readonly PropertyKey[] }[] };
/** The list of offices is a list (a wrong field inside an office is that field's issue, and is told as such). */
const officeListValid = (payload: Payload) =>
  payload.issues.every((issue) => !(issue.path?.length === 1 && issue.path[0] === "office"));

type OfficeRow = z.infer<typeof officeRow>;
type LeadRow = z.infer<typeof leadRow>;

/** The offices ticked for the period, each with its place in the form; a row that is not an object is left out. */
function keptOffices(offices: unknown[]): { office: OfficeRow; o: number }[] {
  return offices.flatMap((office, o) =>
    office !== null && typeof office === "object" && (office as OfficeRow).keep === true
      ? [{ office: office as OfficeRow, o }]
      : [],
  );
}

/**
 * An office's lead rows that name a municipality or an amount, each with its place in the form (a problem is told at
 * the row's own field, where focus can go); null when the field itself is wrong.
 */
function leadsOf(office: OfficeRow): { lead: LeadRow; l: number }[] | null {
  if (!Array.isArray(office.lead)) return null;
  return office.lead.flatMap((lead, l) =>
    lead !== null &&
    typeof lead === "object" &&
    ((typeof lead.municipalityId === "string" && lead.municipalityId !== "") || lead.amount !== undefined)
      ? [{ lead: lead as LeadRow, l }]
      : [],
  );
}

export function periodSchema(region: { municipalityIds: string[] }) {
  return (
    z
      .object({
        name: z
          .string({ error: "Skriv periodens navn." })
          .trim()
          .min(1, "Skriv periodens navn.")
          .max(200, "Højst 200 tegn."),
        firstYear: year("det første år"),
        lastYear: year("det sidste år"),
        thresholdPercent: z
          .string({ error: "Skriv tærsklen i procent." })
          .trim()
          .regex(/^\d{1,3}([.,]\d{1,2})?$/, "Skriv tærsklen i procent, fx 85 eller 85,5.")
          .transform((value) => Math.round(Number(value.replace(",", ".")) * 100))
          .refine((basisPoints) => basisPoints <= 10_000, "Tærsklen kan højst være 100 %."),
        populationBasisDate: isoDate("befolkningstallenes dato").transform(
          (value) => new Date(`${value}T00:00:00.000Z`),
        ),
        populationNote: optionalText(300),
        office: z.preprocess(toArray, z.array(officeRow)),
      })
      // Two passes, so every problem is told at once: what each office needs runs even when a year or another field is
      // wrong (a field that failed holds what was typed, so it is never taken as missing); what needs the years runs
      // once they are valid.
      .superRefine(
        (period, ctx) => {
          const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
          // A field that failed holds what was sent, of any type: only what is known to be right is read.
          const kept = keptOffices(period.office);
          // A new office filled in but not ticked would be left out without a word, and what was typed lost.
          period.office.forEach((office, o) => {
            if (office === null || typeof office !== "object" || office.keep !== false || office.sourceId) return;
            // What the user types (the amounts come filled in from the period before, so they say nothing).
            const typed =
              [office.name, office.field, office.city].some((value) => value !== undefined) ||
              (leadsOf(office) ?? []).length > 0;
            if (typed)
              issue(
                [["office", o, "keep"].join(".")],
                "Kontoret er udfyldt, men ikke med i perioden. Sæt flueben i «Med i den nye periode», eller tøm felterne.",
              );
          });
          if (kept.length === 0) issue(["office"], "Vælg mindst ét klyngekontor til perioden.");
          const names = new Set<string>();
          kept.forEach(({ office, o }) => {
            const at = (field: string) => ["office", o, field].join(".");
            const name = typeof office.name === "string" ? office.name.toLowerCase() : null;
            if (office.name === undefined) issue([at("name")], "Skriv kontorets navn.");
            else if (name !== null && names.has(name)) issue([at("name")], "To kontorer har samme navn.");
            if (name !== null) names.add(name);
            if (office.leadContribution === undefined) issue([at("leadContribution")], "Skriv leadbidraget pr. år.");
            if (office.nonLeadPool === undefined) issue([at("nonLeadPool")], "Skriv puljen pr. år.");
            const leads = leadsOf(office);
            if (!leads) return;
            const atLead = (l: number, field: keyof LeadRow) => ["office", o, "lead", l, field].join(".");
            if (leads.length === 0) issue([atLead(0, "municipalityId")], "Vælg mindst én leadkommune.");
            for (const { lead, l } of leads) {
              if (!lead.municipalityId) issue([atLead(l, "municipalityId")], "Vælg kommunen, beløbet gælder.");
              else if (!region.municipalityIds.includes(lead.municipalityId))
                issue([atLead(l, "municipalityId")], "Vælg leadkommunen blandt regionens kommuner.");
              if (lead.amount === undefined) issue([atLead(l, "amount")], "Skriv leadkommunens beløb.");
            }
          });
        },
        { when: officeListValid },
      )
      .superRefine(
        (period, ctx) => {
          const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
          if (period.lastYear < period.firstYear) {
            issue(["lastYear"], "Det sidste år kan ikke ligge før det første.");
            return;
          }
          if (period.lastYear - period.firstYear + 1 > MAX_YEARS)
            issue(["lastYear"], `En periode er højst ${MAX_YEARS} år.`);
          keptOffices(period.office).forEach(({ office, o }) => {
            const at = (field: string) => ["office", o, field].join(".");
            const due = dueDateBounds(period);
            if (office.decisionDueDate instanceof Date && !due.check(office.decisionDueDate.toISOString().slice(0, 10)))
              issue([at("decisionDueDate")], due.message);
            const leads = leadsOf(office) ?? [];
            const atLead = (l: number, field: keyof LeadRow) => ["office", o, "lead", l, field].join(".");
            const yearOf = (value: unknown, otherwise: number) => (typeof value === "number" ? value : otherwise);
            const inPeriod = `Leadårene skal ligge i perioden ${period.firstYear}–${period.lastYear}.`;
            let yearsRight = true;
            for (const { lead, l } of leads) {
              const from = yearOf(lead.fromYear, period.firstYear);
              const to = yearOf(lead.toYear, period.lastYear);
              if (from < period.firstYear || from > period.lastYear) issue([atLead(l, "fromYear")], inPeriod);
              if (to > period.lastYear || to < period.firstYear) issue([atLead(l, "toYear")], inPeriod);
              else if (to < from) issue([atLead(l, "toYear")], "Til og med-året kan ikke ligge før fra-året.");
              if (from < period.firstYear || to > period.lastYear || to < from) yearsRight = false;
            }
            // The sums only when every amount is a number (a wrong one is told on its own, above or by its field)…
            const contribution = office.leadContribution;
            // …and every lead year is one: a wrong one is told at its field, not as a sum that says nothing.
            const unreadable = ({ lead }: { lead: LeadRow }) =>
              !lead.municipalityId ||
              typeof lead.amount !== "number" ||
              lead.amount < 0 ||
              [lead.fromYear, lead.toYear].some((year) => year !== undefined && typeof year !== "number");
            if (!yearsRight || leads.length === 0 || typeof contribution !== "number" || leads.some(unreadable)) return;
            for (let y = period.firstYear; y <= period.lastYear; y++) {
              const inYear = leads.filter(
                ({ lead }) => yearOf(lead.fromYear, period.firstYear) <= y && y <= yearOf(lead.toYear, period.lastYear),
              );
              const twice = inYear.find(
                ({ lead }, i) => inYear.findIndex((other) => other.lead.municipalityId === lead.municipalityId) < i,
              );
              if (twice) {
                issue([atLead(twice.l, "municipalityId")], `Kommunen er lead to gange i ${y}.`);
                break;
              }
              const sum = inYear.reduce((total, { lead }) => total + (lead.amount ?? 0), 0);
              if (sum !== contribution) {
                // At the first amount of the year (no lead at all in a year: at the first lead's years).
                const [first] = inYear;
                issue(
                  [first ? atLead(first.l, "amount") : atLead(leads[0]?.l ?? 0, "fromYear")],
                  `Leadbeløbene i ${y} giver ${formatKroner(sum)}, men leadbidraget er ${formatKroner(contribution)}`,
                );
                break;
              }
            }
          });
        },
        { when: (payload) => officeListValid(payload) && whenValid(["firstYear", "lastYear"]).when(payload) },
      )
      .transform((period) => ({
        ...period,
        office: period.office
          .filter((office) => office.keep)
          .map((office) => ({
            ...office,
            name: office.name!,
            leadContribution: office.leadContribution!,
            nonLeadPool: office.nonLeadPool!,
            lead: office.lead
              .filter((lead) => lead.municipalityId)
              .map((lead) => ({
                municipalityId: lead.municipalityId!,
                amount: lead.amount!,
                fromYear: lead.fromYear ?? null,
                toYear: lead.toYear ?? null,
              })),
          })),
      }))
  );
}

export type PeriodInput = z.infer<ReturnType<typeof periodSchema>>;
