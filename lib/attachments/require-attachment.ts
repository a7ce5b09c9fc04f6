/**
 * Scoped loaders of uploaded files: the file must belong to the parent named in the URL (a council decision of
 * that municipality; a submission of that office-year's evaluation), and the user must be allowed to read the
 * parent. A child id of another parent is a 404, like any unknown id.
 */
import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { requireMunicipality } from "../municipalities/require-municipality";
import { requireEvaluation } from "../evaluations/require-evaluation";
import { idParam, parseParam } from "../validation/route-params";
import { refuseAccess } from "../auth/refuse-access";

/** Not under this parent: a 404 — audited when the file exists elsewhere (a forged URL). */
async function refuseChild(user: { id: string }, attachmentId: string): Promise<never> {
  if (await db.attachment.findUnique({ where: { id: attachmentId }, select: { id: true } }))
    await refuseAccess({ user, what: "Attachment", id: attachmentId });
  notFound();
}

/** Council minutes of one of the municipality's decisions. */
export async function requireMinutes(options: { code: unknown; attachmentId: unknown }) {
  const { user, municipality } = await requireMunicipality({ code: options.code, permission: "municipality.view" });
  const attachmentId = parseParam(idParam, options.attachmentId);
  const attachment = await db.attachment.findFirst({
    where: {
      id: attachmentId,
      kind: "COUNCIL_MINUTES",
      decisions: { some: { municipalityId: municipality.id } },
    },
  });
  if (!attachment) return refuseChild(user, attachmentId);
  return { user, municipality, attachment };
}

/** A file of an evaluation: insiders any version's, municipal readers only the approved version's. */
export async function requireEvaluationFile(options: { officeId: unknown; year: unknown; attachmentId: unknown }) {
  const { user, report, insider } = await requireEvaluation({ officeId: options.officeId, year: options.year });
  const attachmentId = parseParam(idParam, options.attachmentId);
  const attachment = await db.attachment.findFirst({
    where: {
      id: attachmentId,
      submissions: { some: { reportId: report.id, ...(insider ? {} : { version: report.version }) } },
    },
  });
  if (!attachment) return refuseChild(user, attachmentId);
  return { user, report, attachment };
}
