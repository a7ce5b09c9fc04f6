"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { Refusal } from "@/lib/actions/refusal";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { requireEvaluation } from "@/lib/evaluations/require-evaluation";
import { evaluationSubmissionSchema, reviewSchema } from "@/lib/evaluations/evaluation-schema";
import { submitEvaluation } from "@/lib/evaluations/submit-evaluation";
import { reviewEvaluation } from "@/lib/evaluations/review-evaluation";
import { setEvaluationDueDate } from "@/lib/evaluations/set-evaluation-due-date";
import { dueDateSchema } from "@/lib/settings/settings-schemas";

export const submitEvaluationAction = defineAction({
  name: "submitEvaluationAction",
  permission: "evaluation.submit",
  bound: z.tuple([z.unknown(), z.unknown()]),
  resource: ({ bound: [officeId, year] }) => requireEvaluation({ officeId, year, permission: "evaluation.submit" }),
  schema: evaluationSubmissionSchema,
  invalidMessage: "Evalueringen er ikke afleveret. Ret de markerede felter.",
  hiddenFields: ["version"],
  run: async ({
    db,
    user,
    resource: { report },
    input: { version, report: file, appendices, keepReport, keepAppendices, ...input },
  }) => {
    const submission = await submitEvaluation({
      db,
      actor: user,
      officeId: report.officeId,
      year: report.year,
      input,
      report: file,
      appendices,
      keep: { reportId: keepReport, appendixIds: keepAppendices },
      expectedVersion: version,
    });
    revalidatePath(`/klyngekontorer/${report.officeId}`, "layout");
    // The form then opens the confirmation state (?afleveret=version): no second form with the same files.
    return { message: "Evalueringen er afleveret.", data: { version: submission.version } };
  },
});

export const reviewEvaluationAction = defineAction({
  name: "reviewEvaluationAction",
  permission: "evaluation.review",
  bound: z.tuple([z.unknown()]),
  resource: ({ bound: [reportId] }) => requireEvaluation({ reportId, permission: "evaluation.review" }),
  schema: reviewSchema,
  hiddenFields: ["version"],
  run: async ({ db, user, resource: { report }, input }) => {
    await reviewEvaluation({
      db,
      actor: user,
      reportId: report.id,
      outcome: input.outcome,
      comment: input.comment,
      expectedVersion: input.version,
    }).catch((error: unknown) => {
      // A version handed in meanwhile: the refusal's answer brings the page as it is now (the new version shown,
      // what was typed kept), in the same response — a refresh of its own raced the next click.
      if (error instanceof Refusal && (error.data as { newVersion?: boolean } | undefined)?.newVersion)
        revalidatePath("/", "layout");
      throw error;
    });
    revalidatePath("/", "layout");
    // The review form is gone once the evaluation is decided: confirm on the page itself.
    const outcome = input.outcome === "APPROVED" ? "godkendt" : "retur";
    redirect(`/klyngekontorer/${report.officeId}/evalueringer/${report.year}?behandlet=${outcome}`);
  },
});

export const evaluationDueDateAction = defineAction({
  name: "evaluationDueDateAction",
  permission: "evaluation.review",
  bound: z.tuple([z.unknown()]),
  resource: ({ bound: [reportId] }) => requireEvaluation({ reportId, permission: "evaluation.review" }),
  schema: ({ resource: { report } }) => dueDateSchema(report.office.agreement),
  run: async ({ db, user, resource: { report }, input }) => {
    const { changed } = await setEvaluationDueDate({ db, actor: user, reportId: report.id, dueDate: input.dueDate });
    if (!changed) return { message: "Fristen er den samme som før. Intet er ændret." };
    revalidatePath("/", "layout");
    return { message: "Fristen er ændret." };
  },
});
