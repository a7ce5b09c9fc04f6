/**
 * The engine's file contract for whole agreements (`npm run -s allocate -- --agreement FILE.json`, issue 10):
 * one agreement or an array in, a JSON array of reports out. Messages are Danish and name the field.
 * The rules for status, pool, rounding and overrides are those of the single-scenario mode (allocate.ts).
 */
import { z } from "../validation/zod";
import { isRealDate } from "../validation/fields";
import { allocateAgreement, amountFor, type AgreementInput } from "./allocate-agreement";

const MAX_KRONER = 1_000_000_000_000;
const year = z
  .number({ error: "skal være et årstal" })
  .int("skal være et årstal")
  .min(1900, "er ikke et gyldigt år")
  .max(2200, "er ikke et gyldigt år");
const kroner = z
  .number({ error: "skal være et tal" })
  .int("skal være hele kroner")
  .min(0, "må ikke være negativ")
  .max(MAX_KRONER, "er for stort");
const code = z.string({ error: "skal være en kommunekode" }).regex(/^\d{4}$/, "skal være en firecifret kommunekode");
const id = z.string({ error: "skal være en tekst" }).min(1, "må ikke være tom").max(200, "er for lang");

const decisionSchema = z.object({
  id,
  municipalityCode: code,
  decision: z.enum(["YES", "NO"], { error: "skal være YES eller NO" }),
  effectiveFromYear: year,
  effectiveToYear: year.nullish(),
  meetingDate: z
    .string({ error: "skal være en dato (ÅÅÅÅ-MM-DD)" })
    .refine(isRealDate, "er ikke en gyldig dato (ÅÅÅÅ-MM-DD)"),
  recordedAt: z.iso
    .datetime({ offset: true, error: "skal være et tidspunkt (ISO 8601)" })
    .refine((value) => isRealDate(value.slice(0, 10)), "er ikke et gyldigt tidspunkt"),
  corrects: id.nullish(),
});

export const agreementFileSchema = z
  .object({
    firstYear: year,
    lastYear: year,
    nonLeadPool: kroner,
    thresholdPercent: z
      .number({ error: "skal være et tal" })
      .min(0, "skal være mellem 0 og 100")
      .max(100, "skal være mellem 0 og 100")
      .refine((pct) => Math.abs(pct * 100 - Math.round(pct * 100)) < 1e-9, "højst to decimaler"),
    municipalities: z
      .array(
        z.object({
          code,
          name: z.string().max(200).optional(),
          population: z
            .number({ error: "skal være et tal" })
            .int("skal være et heltal")
            .min(1, "skal være større end 0")
            .max(100_000_000, "er for stort"),
        }),
      )
      .min(1, "skal indeholde mindst én kommune"),
    offices: z.array(
      z.object({
        id,
        /** The office's own pool when it differs from the agreement's. */
        nonLeadPool: kroner.optional(),
        leads: z.array(z.object({ code, amount: kroner, fromYear: year.nullish(), toYear: year.nullish() })),
        decisions: z.array(decisionSchema),
        poolOverrides: z.array(z.object({ year, amount: kroner })).optional(),
      }),
    ),
  })
  .superRefine((agreement, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    if (agreement.lastYear < agreement.firstYear) {
      issue(["lastYear"], `perioden slutter (${agreement.lastYear}) før den begynder (${agreement.firstYear})`);
      return;
    }
    const inPeriod = (y: number) => y >= agreement.firstYear && y <= agreement.lastYear;
    const period = `${agreement.firstYear}–${agreement.lastYear}`;
    const codes = new Set<string>();
    agreement.municipalities.forEach((m, i) => {
      if (codes.has(m.code)) issue(["municipalities", i, "code"], `kommunekoden ${m.code} står to gange`);
      codes.add(m.code);
    });
    const officeIds = new Set<string>();
    const decisionOwner = new Map<string, { office: string; code: string }>();
    agreement.offices.forEach((office, o) => {
      if (officeIds.has(office.id)) issue(["offices", o, "id"], `kontoret ${office.id} står to gange`);
      officeIds.add(office.id);
      office.decisions.forEach((d, i) => {
        if (decisionOwner.has(d.id)) issue(["offices", o, "decisions", i, "id"], `beslutningen ${d.id} står to gange`);
        decisionOwner.set(d.id, { office: office.id, code: d.municipalityCode });
      });
    });
    agreement.offices.forEach((office, o) => {
      office.leads.forEach((lead, i) => {
        const path = ["offices", o, "leads", i];
        if (!codes.has(lead.code)) issue([...path, "code"], `leadkommunen ${lead.code} er ikke blandt kommunerne`);
        const from = lead.fromYear ?? agreement.firstYear;
        const to = lead.toYear ?? agreement.lastYear;
        if (!inPeriod(from)) issue([...path, "fromYear"], `${from} ligger uden for perioden ${period}`);
        if (!inPeriod(to)) issue([...path, "toYear"], `${to} ligger uden for perioden ${period}`);
        if (to < from) issue([...path, "toYear"], `slutåret ${to} ligger før startåret ${from}`);
        const overlap = office.leads.findIndex(
          (other, j) =>
            j < i &&
            other.code === lead.code &&
            Math.max(from, other.fromYear ?? agreement.firstYear) <= Math.min(to, other.toYear ?? agreement.lastYear),
        );
        if (overlap >= 0) issue([...path, "code"], `${lead.code} er lead to gange i det samme år`);
      });
      office.decisions.forEach((d, i) => {
        const path = ["offices", o, "decisions", i];
        if (!codes.has(d.municipalityCode))
          issue([...path, "municipalityCode"], `kommunen ${d.municipalityCode} er ikke blandt kommunerne`);
        if (!inPeriod(d.effectiveFromYear))
          issue([...path, "effectiveFromYear"], `${d.effectiveFromYear} ligger uden for perioden ${period}`);
        if (d.effectiveToYear != null) {
          if (!inPeriod(d.effectiveToYear))
            issue([...path, "effectiveToYear"], `${d.effectiveToYear} ligger uden for perioden ${period}`);
          if (d.effectiveToYear < d.effectiveFromYear)
            issue(
              [...path, "effectiveToYear"],
              `slutåret ${d.effectiveToYear} ligger før startåret ${d.effectiveFromYear}`,
            );
        }
        if (d.corrects != null) {
          const target = decisionOwner.get(d.corrects);
          if (!target) issue([...path, "corrects"], `retter en ukendt beslutning «${d.corrects}»`);
          else if (target.office !== office.id)
            issue([...path, "corrects"], `retter en beslutning for et andet kontor («${d.corrects}»)`);
          else if (target.code !== d.municipalityCode)
            issue([...path, "corrects"], `retter en anden kommunes beslutning («${d.corrects}»)`);
          else if (d.corrects === d.id) issue([...path, "corrects"], "en beslutning kan ikke rette sig selv");
        }
      });
      const overrideYears = new Set<number>();
      (office.poolOverrides ?? []).forEach((override, i) => {
        const path = ["offices", o, "poolOverrides", i, "year"];
        if (!inPeriod(override.year)) issue(path, `${override.year} ligger uden for perioden ${period}`);
        if (overrideYears.has(override.year)) issue(path, `${override.year} står to gange`);
        overrideYears.add(override.year);
      });
    });
  });

export type AgreementFile = z.infer<typeof agreementFileSchema>;

export function agreementInputOf(file: AgreementFile): AgreementInput {
  return {
    firstYear: file.firstYear,
    lastYear: file.lastYear,
    nonLeadPool: file.nonLeadPool,
    thresholdBasisPoints: Math.round(file.thresholdPercent * 100),
    municipalities: file.municipalities.map((m) => ({
      code: m.code,
      name: m.name ?? m.code,
      population: m.population,
    })),
    offices: file.offices.map((office) => ({
      id: office.id,
      nonLeadPool: office.nonLeadPool,
      leads: office.leads,
      poolOverrides: office.poolOverrides ?? [],
      decisions: office.decisions.map((d) => ({
        id: d.id,
        municipalityCode: d.municipalityCode,
        decision: d.decision,
        effectiveFromYear: d.effectiveFromYear,
        effectiveToYear: d.effectiveToYear ?? null,
        meetingDate: new Date(`${d.meetingDate}T00:00:00Z`),
        recordedAt: new Date(d.recordedAt),
        corrects: d.corrects ?? null,
      })),
    })),
  };
}

/** The report of one agreement: offices in input order, years ascending (issue 10's output contract). */
export function agreementReport(file: AgreementFile) {
  const input = agreementInputOf(file);
  return {
    officeYears: allocateAgreement(input).map((entry) => ({
      officeId: entry.officeId,
      year: entry.year,
      eligible: entry.allocation.eligible,
      required: entry.allocation.required,
      yes: entry.allocation.yes,
      pending: entry.allocation.pending,
      no: entry.allocation.no,
      status: entry.allocation.status,
      leadTotal: entry.leads.reduce((sum, lead) => sum + lead.amount, 0),
      leadMissing: entry.leadMissing,
      pool: entry.allocation.pool,
      total: entry.allocation.total,
      settled: entry.settled,
      shares: entry.states
        .filter((state) => state.state !== "NO")
        .map(({ code }) => {
          const payer = amountFor(entry, code);
          return {
            code,
            amount: payer.amount,
            provisional: payer.provisional,
            decisionId: payer.decisionId ?? null,
            ceiling: payer.ceiling,
          };
        }),
    })),
  };
}
