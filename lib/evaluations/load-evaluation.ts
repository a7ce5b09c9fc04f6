/** One office-year's evaluation with its versions, reviews and a merged timeline. */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";

export async function loadEvaluation({ reportId, db = appDb }: { reportId: string; db?: DbClient }) {
  const report = await db.evaluationReport.findUniqueOrThrow({
    where: { id: reportId },
    include: {
      office: {
        select: {
          id: true,
          name: true,
          agreementId: true,
          agreement: { select: { name: true, firstYear: true, lastYear: true } },
        },
      },
      submissions: {
        orderBy: { version: "desc" },
        include: { attachments: { orderBy: { createdAt: "asc" } }, submittedBy: { select: { name: true } } },
      },
      reviews: {
        orderBy: { createdAt: "asc" },
        include: { reviewer: { select: { name: true } }, submission: { select: { version: true } } },
      },
    },
  });
  const timeline = [
    ...report.submissions.map((s) => ({
      at: s.createdAt,
      kind: "SUBMITTED" as const,
      version: s.version,
      by: s.submittedBy.name,
      comment: null as string | null,
    })),
    ...report.reviews.map((r) => ({
      at: r.createdAt,
      kind: r.outcome as "APPROVED" | "RETURNED",
      version: r.submission.version,
      by: r.reviewer.name,
      comment: r.comment,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return { report, latest: report.submissions[0] ?? null, timeline };
}
