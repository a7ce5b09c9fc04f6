/**
 * Every office-year evaluation of a period with its status and latest key figures; and the evaluations of an office's
 * other periods that wait for the office (returned, or late).
 */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { now } from "../clock";
import { displayStatus, isOverdue, type EvaluationDisplayStatus } from "./evaluation-status";

export type EvaluationOverviewRow = {
  reportId: string;
  officeId: string;
  officeName: string;
  year: number;
  dueDate: Date;
  status: EvaluationDisplayStatus;
  /** Past the due date and not delivered — also when returned (shown as "Returneret", with this flag). */
  overdue: boolean;
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
  year: number;
  periodName: string;
  status: EvaluationDisplayStatus;
  dueDate: Date;
};

/**
 * What waits for the office in its other periods (lib/offices/office-family.ts): returned evaluations, and those
 * past their due date and never handed in. The office's page shows one period; a returned 2024 evaluation must not
 * hide behind the 2025–2028 page the office lands on.
 */
export async function loadAwaitingEvaluations({
  db = appDb,
  today = now(),
  officeIds,
}: {
  db?: DbClient;
  today?: Date;
  officeIds: string[];
}): Promise<AwaitingEvaluation[]> {
  if (officeIds.length === 0) return [];
  const reports = await db.evaluationReport.findMany({
    where: { officeId: { in: officeIds }, status: { in: ["RETURNED", "NOT_SUBMITTED"] } },
    orderBy: [{ year: "asc" }],
    select: {
      officeId: true,
      year: true,
      status: true,
      dueDate: true,
      office: { select: { agreement: { select: { name: true } } } },
    },
  });
  return reports
    .filter((r) => r.status === "RETURNED" || isOverdue(r, today))
    .map((r) => ({
      officeId: r.officeId,
      year: r.year,
      periodName: r.office.agreement.name,
      status: displayStatus(r, today),
      dueDate: r.dueDate,
    }));
}
