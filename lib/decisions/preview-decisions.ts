/**
 * The preview shown before saving: how the decision would change this municipality's amounts and each office's
 * status, whether the office was already at risk, and — when it reaches back before the meeting year (a
 * backdated decision or a correction) — which past years change, and by how much, for every municipality.
 * Runs the same engine and the same effect calculation as recording; saves nothing.
 */
import { checkCorrection } from "./check-correction";
import type { DbClient } from "../db/types";
import { loadAgreement } from "../shares/load-agreement";
import { decisionEffects, withDecisions, type NewDecision } from "./decision-effects";
import { amountFor, decisionsByYear } from "../allocation";
import type { DecisionFormInput } from "./decision-schema";
import { guardClosedYears, settlementsOfChange, type ClosedYearSettlement } from "../billing/closed-year-effects";

export type OfficePreview = {
  officeId: string;
  officeName: string;
  years: {
    year: number;
    statusBefore: string;
    statusAfter: string;
    participantsAfter: number;
    /** Of the participants: the ones that said yes (the others have not decided and count in for now). */
    yesAfter: number;
    pendingAfter: number;
    eligible: number;
    required: number;
    ownBefore: number;
    ownAfter: number;
    leadMissingAfter: boolean;
    /** Average change for the other non-lead participants, in whole kroner (rounded). */
    othersAverageChange: number;
  }[];
  /** Years before the meeting year that change: every municipality whose amount moves. */
  pastYears: { year: number; lines: { name: string; before: number; after: number }[] }[];
  /**
   * A correction replaces the whole registration it corrects: the years that registration governed and the new
   * one does not cover are left with no decision (Afventer) — said before saving, so nothing goes unnoticed.
   */
  undecidedAfter: number[];
  /**
   * Years the decision leaves undecided as they were: before the year it applies from, or after its last. Said, so a
   * first decision registered «fra 2027» does not leave 2025–2026 waiting unnoticed.
   */
  stillUndecided: number[];
  /**
   * The years whose amount, or the most it can become (højst), is above the council's approved amount (bevilling)
   * typed in the form: said before saving, as the form's hint promises.
   */
  overApproved: { year: number; amount: number; ceiling: number }[];
  /** The approved amount typed in the form, if any. */
  approved: number | null;
};

export type DecisionPreview = {
  offices: OfficePreview[];
  /** Closed (invoiced) office-years the decision changes, with the settlement each payer will have (issue 11). */
  closedYears: ClosedYearSettlement[];
};

export async function previewDecisions({
  db,
  actor,
  municipality,
  agreementId,
  input,
  now = new Date(),
}: {
  db: DbClient;
  actor: { role: string };
  municipality: { id: string; code: string; regionId: string };
  /** The period the decision belongs to. */
  agreementId: string;
  input: DecisionFormInput;
  now?: Date;
}): Promise<DecisionPreview> {
  if (input.correctsId) await checkCorrection(db, { municipalityId: municipality.id, input });
  const view = await loadAgreement({ db, agreementId });
  const meetingDate = new Date(`${input.meetingDate}T00:00:00.000Z`);
  const meetingYear = meetingDate.getUTCFullYear();
  const names = new Map(view.municipalities.map((m) => [m.code, m.name]));
  const added: NewDecision[] = input.officeIds.map((officeId) => ({
    id: `preview-${officeId}`,
    officeId,
    municipalityCode: municipality.code,
    decision: input.decision,
    effectiveFromYear: input.effectiveFromYear,
    effectiveToYear: input.effectiveToYear ?? null,
    meetingDate,
    recordedAt: now,
    corrects: input.correctsId ?? null,
  }));
  const effects = decisionEffects(view.input, added);
  const after = withDecisions(view.input, added);
  /** The municipality's own decision in force per year of an office, before and after. */
  const ownYears = (agreement: typeof view.input, officeId: string) =>
    decisionsByYear(
      agreement.offices.find((o) => o.id === officeId)?.decisions ?? [],
      [municipality.code],
      agreement.firstYear,
      agreement.lastYear,
    ).get(municipality.code)!;
  const closedYears = await settlementsOfChange({
    db,
    agreementId,
    effects,
    names,
    officeNames: new Map(view.offices.map((o) => [o.id, o.name])),
  });
  // A contact hears at once that a closed year needs the secretariat; the secretariat's reason is asked at saving.
  if (actor.role === "MUNICIPAL_CONTACT") {
    guardClosedYears({
      actor,
      settlements: closedYears,
      reason: undefined,
      secretariatEmail: await secretariatEmailOf(db, municipality.regionId),
    });
  }
  const offices = input.officeIds.map((officeId) => {
    const ofOffice = effects.filter((e) => e.officeId === officeId);
    const undecidedAfter = input.correctsId
      ? undecidedYears(ownYears(view.input, officeId), ownYears(after, officeId))
      : [];
    return {
      officeId,
      officeName: view.offices.find((o) => o.id === officeId)?.name ?? "",
      years: ofOffice.map((e) => {
        const own = e.lines.find((l) => l.code === municipality.code);
        const others = e.lines.filter((l) => l.code !== municipality.code && !l.isLead && l.amount > 0);
        const change = others.reduce((sum, l) => sum + (l.amount - l.previousAmount), 0);
        return {
          year: e.year,
          statusBefore: e.before.allocation.status,
          statusAfter: e.after.allocation.status,
          participantsAfter: e.after.allocation.yes + e.after.allocation.pending,
          yesAfter: e.after.allocation.yes,
          pendingAfter: e.after.allocation.pending,
          eligible: e.after.allocation.eligible,
          required: e.after.allocation.required,
          ownBefore: own?.previousAmount ?? 0,
          ownAfter: own?.amount ?? 0,
          leadMissingAfter: e.after.leadMissing,
          othersAverageChange: others.length ? Math.round(change / others.length) : 0,
        };
      }),
      pastYears: ofOffice
        .filter((e) => e.year < meetingYear)
        .map((e) => ({
          year: e.year,
          lines: e.lines
            .filter((l) => l.amount !== l.previousAmount)
            .map((l) => ({ name: names.get(l.code) ?? l.code, before: l.previousAmount, after: l.amount })),
        }))
        .filter((past) => past.lines.length > 0),
      undecidedAfter,
      approved: input.approvedAmountPerYear ?? null,
      overApproved:
        input.approvedAmountPerYear === undefined
          ? []
          : ofOffice
              .map((e) => ({ year: e.year, ...amountFor(e.after, municipality.code) }))
              .filter((own) => own.amount > input.approvedAmountPerYear! || own.ceiling > input.approvedAmountPerYear!)
              .map(({ year, amount, ceiling }) => ({ year, amount, ceiling })),
      stillUndecided: [...ownYears(after, officeId)]
        .filter(([year, own]) => own.state === "PENDING" && !undecidedAfter.includes(year))
        .map(([year]) => year),
    };
  });
  return { offices, closedYears };
}

/** The years a correction leaves without a decision: one governed them before, none does after. */
function undecidedYears(
  before: Map<number, { state: string; decisionId?: string }>,
  after: Map<number, { state: string }>,
): number[] {
  return [...before]
    .filter(([year, own]) => own.state !== "PENDING" && after.get(year)?.state === "PENDING")
    .map(([year]) => year);
}

/** Whom a contact asks about a closed year: the region's secretariat (its first active user's address). */
export async function secretariatEmailOf(db: DbClient, regionId: string) {
  const user = await db.user.findFirst({
    where: { role: "SECRETARIAT", regionId, active: true },
    orderBy: { createdAt: "asc" },
    select: { email: true },
  });
  return user?.email;
}
