/**
 * Every office-year evaluation of a period with its status and latest key figures; and the evaluations of an office's
 * other periods that wait for the office (returned, or late).
 */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { danishYear, now } from "../clock";
import { periodLabel } from "../format";
import { displayStatus, isOpenForSubmission, isOverdue, type EvaluationDisplayStatus } from "./evaluation-status";

export type EvaluationOverviewRow = {
  reportId: string;
  officeId: string;
  officeName: string;
  year: number;
  dueDate: Date;
  status: EvaluationDisplayStatus;
  /** Past the due date and not delivered — also when returned (shown as "Returneret", with this flag). */
  overdue: boolean;
  /** Its year has not begun: it cannot be handed in yet (evaluation-status.ts). */
  notYetOpen: boolean;
  /** The secretariat's comment when the evaluation is returned (insiders only: the office and the secretariat). */
  returnComment: string | null;
  approved: boolean;
  kpis: null | {
    version: number;
    companiesEngaged: number;
    smesEngaged: number;
    eventsHeld: number;
    eventParticipants: number;
    collaborationProjects: number;
    externalFundingKr: number;
  };
};

export async function loadEvaluationOverview({
  db = appDb,
  today = now(),
  agreementId,
  officeId,
}: {
  db?: DbClient;
  today?: Date;
  /** The period whose evaluations to show. */
  agreementId: string;
  officeId?: string;
}): Promise<EvaluationOverviewRow[]> {
  const reports = await db.evaluationReport.findMany({
    where: { office: { agreementId }, ...(officeId ? { officeId } : {}) },
    orderBy: [{ office: { position: "asc" } }, { year: "asc" }],
    include: { office: { select: { name: true } }, submissions: { orderBy: { version: "desc" }, take: 1 } },
  });
  return reports.map((r) => {
    const s = r.submissions[0];
    return {
      reportId: r.id,
      officeId: r.officeId,
      officeName: r.office.name,
      year: r.year,
      dueDate: r.dueDate,
      status: displayStatus(r, today),
      overdue: isOverdue(r, today),
      notYetOpen: !isOpenForSubmission(r.year, today),
      returnComment: r.status === "RETURNED" ? r.reviewNote : null,
      approved: r.status === "APPROVED",
      kpis: s
        ? {
            version: s.version,
            companiesEngaged: s.companiesEngaged,
            smesEngaged: s.smesEngaged,
            eventsHeld: s.eventsHeld,
            eventParticipants: s.eventParticipants,
            collaborationProjects: s.collaborationProjects,
            externalFundingKr: s.externalFundingKr,
          }
        : null,
    };
  });
}

export type AwaitingEvaluation = {
  officeId: string;
  officeName: string;
  year: number;
  periodName: string;
  status: EvaluationDisplayStatus;
  dueDate: Date;
};

/**
 * What waits in other periods than the one a page shows, so it does not hide behind the newer period's page:
 * - for the office (its other periods, lib/offices/office-family.ts): returned evaluations, and those of years that
 *   have ended and are not handed in (due, or late);
 * - for the secretariat (its region's other periods): evaluations handed in and waiting to be handled, and late ones.
 */
export async function loadAwaitingEvaluations({
  db = appDb,
  today = now(),
  ...scope
}: {
  db?: DbClient;
  today?: Date;
} & (
  | { waitingFor: "office"; officeIds: string[] }
  | { waitingFor: "secretariat"; regionId: string; exceptAgreementId: string }
)): Promise<AwaitingEvaluation[]> {
  if (scope.waitingFor === "office" && scope.officeIds.length === 0) return [];
  const reports = await db.evaluationReport.findMany({
    where:
      scope.waitingFor === "office"
        ? { officeId: { in: scope.officeIds }, status: { in: ["RETURNED", "NOT_SUBMITTED"] } }
        : {
            office: { agreement: { regionId: scope.regionId, id: { not: scope.exceptAgreementId } } },
            status: { in: ["SUBMITTED", "RETURNED", "NOT_SUBMITTED"] },
          },
    orderBy: [{ year: "asc" }, { office: { position: "asc" } }],
    select: {
      officeId: true,
      year: true,
      status: true,
      dueDate: true,
      office: { select: { name: true, agreement: { select: { name: true, firstYear: true, lastYear: true } } } },
    },
  });
  const year = danishYear(today);
  return (
    reports
      .filter((r) =>
        scope.waitingFor === "office"
          ? r.status === "RETURNED" || r.year < year
          : r.status === "SUBMITTED" || isOverdue(r, today),
      )
      // What the reader must act on first: for the secretariat, what is handed in and waiting to be handled.
      .sort((a, b) => Number(b.status === "SUBMITTED") - Number(a.status === "SUBMITTED"))
      .map((r) => ({
        officeId: r.officeId,
        officeName: r.office.name,
        year: r.year,
        periodName: periodLabel(r.office.agreement),
        status: displayStatus(r, today),
        dueDate: r.dueDate,
      }))
  );
}
