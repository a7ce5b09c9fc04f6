/**
 * Loads an agreement's municipalities, offices, leads, decisions and pool overrides in a fixed, small number
 * of queries (no N+1), and computes every office-year through the allocation engine. Reading and computing are
 * separate steps: a decision save computes the next view from the rows it already has and the decisions it adds
 * (lib/decisions/record-decisions.ts).
 */
import type { DbClient as Database } from "../db/types";
import { allocateAgreement, type AgreementInput, type DecisionRecord, type OfficeYearAllocation } from "../allocation";

export type AgreementView = ReturnType<typeof viewOf>;
/** What a view is computed from: the rows as read (a save derives the next view from them, lib/shares/agreement-cache.ts). */
export type AgreementRows = Awaited<ReturnType<typeof fetchAgreementRows>>;

export async function loadAgreement({ db, agreementId }: { db: Database; agreementId: string }) {
  return buildAgreementView(await fetchAgreementRows({ db, agreementId }));
}

export async function fetchAgreementRows({ db, agreementId }: { db: Database; agreementId: string }) {
  const agreement = await db.agreement.findUniqueOrThrow({ where: { id: agreementId }, include: { region: true } });
  const [municipalities, offices, decisions, poolOverrides] = await Promise.all([
    db.municipality.findMany({
      where: { regionId: agreement.regionId },
      orderBy: { name: "asc" },
      include: { populationFigures: { where: { basisDate: agreement.populationBasisDate } } },
    }),
    db.clusterOffice.findMany({
      where: { agreementId },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      include: {
        leads: { include: { municipality: { select: { code: true, name: true } } }, orderBy: { createdAt: "asc" } },
      },
    }),
    db.councilDecision.findMany({
      where: { office: { agreementId } },
      include: { municipality: { select: { code: true } } },
      // The engine's order (decisions-by-year.ts), so it need not sort them again.
      orderBy: [{ meetingDate: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
    }),
    db.poolOverride.findMany({ where: { office: { agreementId } } }),
  ]);
  return { agreement, municipalities, offices, decisions, poolOverrides };
}

/** The computation alone, no database: the same rows always give the same view. */
export function buildAgreementView(rows: AgreementRows) {
  const { agreement, municipalities, offices, decisions, poolOverrides } = rows;
  const missingPopulation = municipalities.filter((m) => m.populationFigures.length === 0);
  if (missingPopulation.length) {
    throw new Error(`Missing population on basis date for: ${missingPopulation.map((m) => m.code).join(", ")}`);
  }
  // Each office's decisions in one pass over the period's (thousands, in a large region), in the order read.
  const decisionsByOffice = new Map<string, typeof decisions>();
  for (const d of decisions) {
    const list = decisionsByOffice.get(d.officeId);
    if (list) list.push(d);
    else decisionsByOffice.set(d.officeId, [d]);
  }
  // One string per municipality code, shared by its decisions and leads: the engine compares and looks up codes
  // thousands of times per region, and the same string is equal at a glance (issue 17).
  const codes = new Map(municipalities.map((m) => [m.code, m.code]));
  const codeOf = (code: string) => codes.get(code) ?? code;
  const input: AgreementInput = {
    firstYear: agreement.firstYear,
    lastYear: agreement.lastYear,
    nonLeadPool: agreement.nonLeadPool,
    thresholdBasisPoints: agreement.thresholdBasisPoints,
    municipalities: municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      population: m.populationFigures[0]!.value,
    })),
    offices: offices.map((office) => ({
      id: office.id,
      // The office's own pool when its period gave it one (issue 12).
      nonLeadPool: office.nonLeadPool ?? undefined,
      leads: office.leads.map((lead) => ({
        code: codeOf(lead.municipality.code),
        amount: lead.yearlyAmount,
        fromYear: lead.fromYear,
        toYear: lead.toYear,
      })),
      decisions: (decisionsByOffice.get(office.id) ?? []).map((d) => decisionRecordOf(d, codeOf(d.municipality.code))),
      poolOverrides: poolOverrides
        .filter((p) => p.officeId === office.id)
        .map((p) => ({ year: p.year, amount: p.amount })),
    })),
  };
  return viewOf(rows, input, allocateAgreement(input));
}

/**
 * The view after a save that added `added` decisions and changed nothing else of the period (its agreement row only
 * by the version the save bumped): the same as `buildAgreementView` of the rows with them appended, but only the
 * offices they belong to are computed again — the other offices' input and office-years are the previous view's,
 * as the engine computes each office on its own (issue 17; view-with-decisions.db.test.ts compares the two for
 * random saves).
 */
export function viewWithDecisions(
  view: AgreementView,
  agreement: AgreementRows["agreement"],
  added: AgreementRows["decisions"],
): AgreementView {
  const changed = new Set(added.map((d) => d.officeId));
  // The view's own code strings (buildAgreementView), so the new decisions' codes are the same strings.
  const codes = new Map(view.input.municipalities.map((m) => [m.code, m.code]));
  const offices = view.input.offices.map((office) =>
    changed.has(office.id)
      ? {
          ...office,
          decisions: [
            ...office.decisions,
            ...added
              .filter((d) => d.officeId === office.id)
              .map((d) => decisionRecordOf(d, codes.get(d.municipality.code) ?? d.municipality.code)),
          ],
        }
      : office,
  );
  const input: AgreementInput = { ...view.input, offices };
  const recomputed = allocateAgreement({ ...input, offices: offices.filter((o) => changed.has(o.id)) });
  const allocations = offices.flatMap((office) =>
    (changed.has(office.id) ? recomputed : view.allocations).filter((a) => a.officeId === office.id),
  );
  return viewOf({ ...view.rows, agreement, decisions: [...view.rows.decisions, ...added] }, input, allocations);
}

function viewOf(rows: AgreementRows, input: AgreementInput, allocations: OfficeYearAllocation[]) {
  const { agreement, municipalities, offices, decisions } = rows;
  return {
    rows,
    agreement,
    input,
    municipalities: input.municipalities.map((m, i) => ({ ...m, id: municipalities[i]!.id })),
    offices,
    decisions,
    allocations,
    years: range(agreement.firstYear, agreement.lastYear),
    allocationFor: (officeId: string, year: number): OfficeYearAllocation =>
      allocations.find((a) => a.officeId === officeId && a.year === year)!,
  };
}

/** The newest agreement of a region (or of any region when none is given). */
export async function findCurrentAgreement({ db, regionId }: { db: Database; regionId?: string }) {
  return db.agreement.findFirst({
    where: regionId ? { regionId } : {},
    orderBy: [{ firstYear: "desc" }, { createdAt: "desc" }],
  });
}

export function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A stored decision as the engine reads it (lib/allocation/decisions-by-year.ts). */
export function decisionRecordOf(
  d: {
    id: string;
    decision: "YES" | "NO";
    effectiveFromYear: number;
    effectiveToYear: number | null;
    meetingDate: Date;
    recordedAt: Date;
    correctsId: string | null;
  },
  municipalityCode: string,
): DecisionRecord {
  return {
    id: d.id,
    municipalityCode,
    decision: d.decision,
    effectiveFromYear: d.effectiveFromYear,
    effectiveToYear: d.effectiveToYear,
    meetingDate: d.meetingDate,
    recordedAt: d.recordedAt,
    corrects: d.correctsId,
  };
}
