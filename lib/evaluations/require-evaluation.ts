/**
 * The scoped loader of an office-year's evaluation. Who may read it (docs/decisions/0006-evaluations.md):
 * - insiders — the secretariat and the office itself (permission "evaluation.view") — the whole process;
 * - a municipal contact ("evaluation.viewApproved") only an APPROVED evaluation of an office its municipality
 *   co-finances that year (lead, or not "Nej"): the municipalities pay for it. Drafts and returned versions
 *   stay between the office and the secretariat.
 * Anyone else, and any malformed or unknown office/year, gets a 404. The scope it hands back is the one to check any
 * further permission against: an office's user works with its office in every period (lib/offices/office-family.ts).
 */
import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { can, type Permission } from "../auth/permissions";
import { requireUser } from "../auth/session";
import { refuseAccess } from "../auth/refuse-access";
import { idParam, parseParam, yearArg } from "../validation/route-params";
import { evaluationReader } from "./evaluation-reader";
import { officeScopeFor } from "../offices/office-family";

type Target = { officeId: unknown; year: unknown } | { reportId: unknown };

export async function requireEvaluation(options: Target & { permission?: Permission }) {
  const user = await requireUser();
  const report =
    "reportId" in options
      ? await db.evaluationReport.findUnique({
          where: { id: parseParam(idParam, options.reportId) },
          include: { office: { include: { agreement: true } } },
        })
      : await db.evaluationReport.findUnique({
          where: {
            officeId_year: { officeId: parseParam(idParam, options.officeId), year: parseParam(yearArg, options.year) },
          },
          include: { office: { include: { agreement: true } } },
        });
  if (!report) notFound();
  const scope = {
    officeId: await officeScopeFor({ db, user, office: report.office }),
    regionId: report.office.agreement.regionId,
  };
  if (options.permission) {
    // An action on the evaluation (submit, review): the permission and the office scope decide.
    if (!can(user, options.permission, scope))
      await refuseAccess({ user, permission: options.permission, what: "EvaluationReport", id: report.id });
    return { user, report, scope, insider: true };
  }
  const access = await evaluationReader({ db, actor: user, report, scope });
  if (!access) await refuseAccess({ user, permission: "evaluation.view", what: "EvaluationReport", id: report.id });
  return { user, report, scope, insider: access === "insider" };
}
