/**
 * What one municipality sees (issue 10): per office of the current agreement and per year, its amount and how sure
 * that amount is (settled, or foreløbig with the reasons), the ceiling ("højst": the most it can be asked to pay),
 * the council's approved amount (bevilling) and whether an amount exceeds it, what changed since the user's last
 * visit and why, and the figures that explain how the amount is computed.
 */
import { db as appDb } from "../db";
import type { DbClient as Database } from "../db/types";
import { amountFor, type UnsettledReason } from "../allocation";
import { deriveAsyncFromView, deriveFromView, loadAgreementCached } from "./agreement-cache";
import type { AgreementView } from "./load-agreement";
import { recordPageVisit, type PageVisit } from "../municipalities/record-page-visit";

export type ChangeCause =
  | { kind: "DECISION"; municipality: string; decision: "YES" | "NO"; fromYear: number; toYear: number | null }
  | { kind: "SETTINGS"; note: string | null };

export type YearCell = {
  year: number;
  amount: number;
  ceiling: number;
  /** The municipality's own decision in force ("LEAD" when it leads the office that year). */
  state: "YES" | "NO" | "PENDING" | "LEAD";
  status: "KEPT" | "AT_RISK" | "REDUCED";
  settled: boolean;
  unsettled: UnsettledReason[];
  /** Its own council's decision is not registered yet. */
  ownPending: boolean;
  pendingOthers: number;
  /** What the council granted per year for the office, from the decision in force. */
  approved: number | null;
  overApproved: boolean;
  ceilingOverApproved: boolean;
  /** Changed since the user's visit before this one: the newest cause. */
  changed: { previousAmount: number; cause: ChangeCause } | null;
  /** For the explanation: the pool, own population and the participants' population (non-leads). */
  pool: number;
  participantsPopulation: number;
  participants: number;
  eligible: number;
  required: number;
};

export async function loadMunicipalityOverview({
  municipality,
  agreementId,
  version,
  userId,
  visit,
  db = appDb,
}: {
  municipality: { id: string; code: string; regionId: string };
  /** The period (of the municipality's region) the page is about. */
  agreementId: string;
  /** Its dataVersion, if the page read it with the period (loadAgreementCached). */
  version?: number;
  /** Who is looking: marks what changed since their last visit (and records this one). */
  userId?: string;
  /** That user's last visit, if the page read it with the municipality (recordPageVisit). */
  visit?: PageVisit | null;
  db?: Database;
}) {
  const view = await loadAgreementCached({ db, agreementId, version });
  if (!view) return null;
  const { agreement } = view;
  const [baseline, approved] = await Promise.all([
    userId ? recordPageVisit({ db, userId, municipalityId: municipality.id, visit }) : null,
    // Kept with the view too: approving an evaluation bumps the period's dataVersion (review-evaluation.ts).
    deriveAsyncFromView(view, "approved-evaluations", () => approvedEvaluationsOf(db, agreement.id)),
  ]);
  // Kept with the computed agreement of one dataVersion (issue 17): every ledger line is written in the
  // transaction that bumps that version (share-effects.ts), so a new line always comes with a new view.
  const changes = baseline
    ? await deriveAsyncFromView(view, `changes:${municipality.id}:${userId}:${baseline.getTime()}`, () =>
        changesSince(db, municipality.id, agreement.id, baseline, userId!),
      )
    : [];
  const own = deriveFromView(view, `municipality:${municipality.code}`, () => amountsOf(view, municipality.code));
  // The markers are the user's own: put on copies, never on what is kept for everyone.
  const offices = changes.length
    ? own.offices.map((o) => ({
        ...o,
        years: o.years.map((cell) => {
          const change = changes.find((c) => c.officeId === o.office.id && c.year === cell.year);
          return change ? { ...cell, changed: { previousAmount: change.previousAmount, cause: change.cause } } : cell;
        }),
      }))
    : own.offices;
  // Approved evaluations of the offices this municipality pays for (lead, or not "Nej") in that year.
  const approvedEvaluations = approved.filter((report) => {
    const cell = offices.find((o) => o.office.id === report.officeId)?.years.find((y) => y.year === report.year);
    return cell !== undefined && cell.state !== "NO";
  });
  return {
    agreement: view.agreement,
    years: view.years,
    population: own.population,
    offices,
    totals: own.totals,
    approvedEvaluations,
    baseline,
  };
}

/** What one municipality pays each office each year, and why: the same for every user, so kept per view. */
function amountsOf(view: AgreementView, code: string) {
  const population = view.municipalities.find((m) => m.code === code)!.population;
  const municipalityId = view.municipalities.find((m) => m.code === code)!.id;
  const populationOf = new Map(view.municipalities.map((m) => [m.code, m.population]));
  const approvedOf = new Map(view.decisions.map((d) => [d.id, d.approvedAmountPerYear]));
  const offices = view.offices.map((office) => {
    const years = view.years.map((year): YearCell => {
      const entry = view.allocationFor(office.id, year);
      const payer = amountFor(entry, code);
      const approved = payer.decisionId ? (approvedOf.get(payer.decisionId) ?? null) : null;
      let participants = 0;
      let participantsPopulation = 0;
      let pendingOthers = 0;
      for (const s of entry.states) {
        if (s.state !== "NO") ((participants += 1), (participantsPopulation += populationOf.get(s.code)!));
        if (s.state === "PENDING" && s.code !== code) pendingOthers += 1;
      }
      return {
        year,
        amount: payer.amount,
        ceiling: payer.ceiling,
        state: payer.state,
        status: entry.allocation.status,
        settled: entry.settled,
        unsettled: entry.unsettled,
        ownPending: payer.provisional,
        pendingOthers,
        approved,
        overApproved: approved !== null && payer.amount > approved,
        ceilingOverApproved: approved !== null && payer.ceiling > approved,
        changed: null,
        pool: entry.allocation.pool,
        participantsPopulation,
        participants,
        eligible: entry.allocation.eligible,
        required: entry.allocation.required,
      };
    });
    const latestDecision =
      view.decisions
        .filter((d) => d.officeId === office.id && d.municipalityId === municipalityId)
        .sort((a, b) => b.recordedAt.getTime() - a.recordedAt.getTime())[0] ?? null;
    const leadYears = years.filter((cell) => cell.state === "LEAD").map((cell) => cell.year);
    return { office, years, latestDecision, leadYears };
  });
  const totals = view.years.map((year, index) => ({
    year,
    amount: offices.reduce((sum, o) => sum + o.years[index]!.amount, 0),
    ceiling: offices.reduce((sum, o) => sum + o.years[index]!.ceiling, 0),
    provisional: offices.some((o) => !o.years[index]!.settled && o.years[index]!.state !== "NO"),
  }));
  return { population, offices, totals };
}

/**
 * The period's approved evaluations (few rows), once per computed view: one raw, indexed query rather than a Prisma
 * query through the TypeScript query compiler (~1–2 ms of CPU; docs/decisions/0019-speed-at-the-floor.md).
 */
async function approvedEvaluationsOf(db: Database, agreementId: string) {
  const rows = await db.$queryRaw<{ id: string; officeId: string; year: number | bigint; officeName: string }[]>`
    SELECT e."id", e."officeId", e."year", o."name" AS "officeName"
    FROM "EvaluationReport" e JOIN "ClusterOffice" o ON o."id" = e."officeId"
    WHERE e."status" = 'APPROVED' AND o."agreementId" = ${agreementId}
    ORDER BY e."year" ASC, e."id" ASC`;
  return rows.map((row) => ({
    id: row.id,
    officeId: row.officeId,
    year: Number(row.year),
    office: { name: row.officeName },
  }));
}

/**
 * The newest change per office-year of this municipality's amount since `since`, with its cause — not the changes
 * the user made: a decision the user recorded is not news to them (they saw its consequences before saving).
 */
async function changesSince(db: Database, municipalityId: string, agreementId: string, since: Date, userId: string) {
  const lines = await db.shareSnapshotLine.findMany({
    where: {
      municipalityId,
      createdAt: { gt: since },
      amount: { not: { equals: db.shareSnapshotLine.fields.previousAmount } },
      snapshot: {
        office: { agreementId },
        OR: [{ causeDecisionId: null }, { causeDecision: { recordedById: { not: userId } } }],
      },
    },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: {
      snapshot: {
        select: {
          officeId: true,
          year: true,
          note: true,
          causeDecision: {
            select: {
              decision: true,
              effectiveFromYear: true,
              effectiveToYear: true,
              municipality: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  const newest = new Map<string, { officeId: string; year: number; previousAmount: number; cause: ChangeCause }>();
  // Oldest first, so the earliest "before" and the newest cause win for each office-year.
  for (const line of [...lines].reverse()) {
    const key = `${line.snapshot.officeId}:${line.snapshot.year}`;
    const decision = line.snapshot.causeDecision;
    const cause: ChangeCause = decision
      ? {
          kind: "DECISION",
          municipality: decision.municipality.name,
          decision: decision.decision,
          fromYear: decision.effectiveFromYear,
          toYear: decision.effectiveToYear,
        }
      : { kind: "SETTINGS", note: line.snapshot.note };
    newest.set(key, {
      officeId: line.snapshot.officeId,
      year: line.snapshot.year,
      previousAmount: newest.get(key)?.previousAmount ?? line.previousAmount,
      cause,
    });
  }
  return [...newest.values()];
}
