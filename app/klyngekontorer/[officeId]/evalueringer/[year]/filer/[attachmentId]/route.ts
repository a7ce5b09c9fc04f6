import { db } from "@/lib/db";
import { getSessionUser } from "@/lib/auth/session";
import { fileResponse, notFoundResponse } from "@/lib/auth/route-access";
import { isSecretariat } from "@/lib/auth/permissions";
import { canReadEvaluation } from "@/lib/evaluations/evaluation-access";
import { readUpload } from "@/lib/files/upload-store";

/** Evaluation files. Municipal contacts get only the approved version's files, never earlier (returned) ones. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ officeId: string; year: string; attachmentId: string }> },
) {
  const { officeId, year, attachmentId } = await params;
  const user = await getSessionUser();
  if (!user) return notFoundResponse();
  const report = await db.evaluationReport.findUnique({
    where: { officeId_year: { officeId, year: Number(year) || 0 } },
  });
  if (!report || !(await canReadEvaluation(db, user, report))) return notFoundResponse();
  const insider = isSecretariat(user) || user.officeId === officeId;
  const attachment = await db.attachment.findFirst({
    where: {
      id: attachmentId,
      submissions: { some: { reportId: report.id, ...(insider ? {} : { version: report.version }) } },
    },
  });
  if (!attachment) return notFoundResponse();
  const bytes = await readUpload(attachment.storageKey).catch(() => null);
  return bytes ? fileResponse(bytes, attachment.contentType, attachment.fileName) : notFoundResponse();
}
