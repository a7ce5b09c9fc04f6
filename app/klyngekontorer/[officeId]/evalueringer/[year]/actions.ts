"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fieldErrorsOf, invalid, STALE_FORM, wholeNumberOrNull, type ActionResult } from "@/lib/actions/action-result";
import { evaluationFormValues, evaluationSchema, reviewSchema } from "@/lib/evaluations/evaluation-schema";
import { EvaluationRejectedError, submitEvaluation, type UploadedFile } from "@/lib/evaluations/submit-evaluation";
import { reviewEvaluation, setEvaluationDueDate } from "@/lib/evaluations/review-evaluation";
import { checkAppendix, checkPdf } from "@/lib/files/check-upload";
import { decisionDueDateSchema } from "@/lib/settings/settings-schemas";

async function filesOf(form: FormData, field: string): Promise<File[]> {
  return form.getAll(field).filter((f): f is File => f instanceof File && f.size > 0);
}

function rejected(error: unknown): ActionResult {
  if (error instanceof EvaluationRejectedError) return invalid({ [error.field]: error.userMessage }, error.userMessage);
  console.error("evaluation action failed:", error instanceof Error ? error.name : "unknown");
  return { ok: false, formError: "Evalueringen kunne ikke gemmes på grund af en fejl. Prøv igen om lidt." };
}

export async function submitEvaluationAction(
  officeId: string,
  year: number,
  _previous: ActionResult,
  form: FormData,
): Promise<ActionResult> {
  const user = await requirePermission("evaluation.submit", { officeId: String(officeId) });
  const evaluationYear = wholeNumberOrNull(year);
  const expectedVersion = wholeNumberOrNull(form.get("version"));
  if (evaluationYear === null || expectedVersion === null) return STALE_FORM;
  const parsed = evaluationSchema.safeParse(evaluationFormValues(form));
  const errors: Record<string, string> = parsed.success ? {} : fieldErrorsOf(parsed.error.issues);

  const [reportFile] = await filesOf(form, "report");
  let report: UploadedFile | undefined;
  if (!reportFile) errors.report = "Vælg evalueringsrapporten som PDF.";
  else {
    const bytes = new Uint8Array(await reportFile.arrayBuffer());
    const check = checkPdf(bytes.slice(0, 8), bytes.byteLength);
    if (!check.ok) errors.report = check.message;
    else report = { fileName: reportFile.name, bytes, contentType: check.contentType, extension: check.extension };
  }
  const appendices: UploadedFile[] = [];
  for (const file of await filesOf(form, "appendices")) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = checkAppendix(bytes, bytes.byteLength);
    if (!check.ok) errors.appendices = `${file.name}: ${check.message}`;
    else appendices.push({ fileName: file.name, bytes, contentType: check.contentType, extension: check.extension });
  }
  if (!parsed.success || Object.keys(errors).length || !report)
    return invalid(errors, "Evalueringen er ikke afleveret. Ret de markerede felter.");

  try {
    await submitEvaluation({
      db,
      actor: user,
      officeId: String(officeId),
      year: evaluationYear,
      input: parsed.data,
      report,
      appendices,
      expectedVersion,
    });
  } catch (error) {
    return rejected(error);
  }
  revalidatePath(`/klyngekontorer/${officeId}`, "layout");
  return { ok: true, message: "Evalueringen er afleveret. Sekretariatet får besked om at behandle den." };
}

export async function reviewEvaluationAction(
  reportId: string,
  _previous: ActionResult,
  form: FormData,
): Promise<ActionResult> {
  const user = await requirePermission("evaluation.review");
  const parsed = reviewSchema.safeParse({ outcome: form.get("outcome"), comment: form.get("comment") ?? undefined });
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error.issues));
  const expectedVersion = wholeNumberOrNull(form.get("version"));
  if (expectedVersion === null) return STALE_FORM;
  let report;
  try {
    await reviewEvaluation(db, user, { reportId: String(reportId), ...parsed.data, expectedVersion });
    report = await db.evaluationReport.findUniqueOrThrow({ where: { id: String(reportId) } });
  } catch (error) {
    return rejected(error);
  }
  revalidatePath("/", "layout");
  // The review form is gone once the evaluation is decided: confirm on the page itself.
  redirect(
    `/klyngekontorer/${report.officeId}/evalueringer/${report.year}?behandlet=${parsed.data.outcome === "APPROVED" ? "godkendt" : "retur"}`,
  );
}

export async function evaluationDueDateAction(
  reportId: string,
  _previous: ActionResult,
  form: FormData,
): Promise<ActionResult> {
  const user = await requirePermission("evaluation.review");
  const parsed = decisionDueDateSchema.pick({ dueDate: true }).safeParse({ dueDate: form.get("dueDate") });
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error.issues));
  try {
    await setEvaluationDueDate(db, user, String(reportId), new Date(`${parsed.data.dueDate}T00:00:00.000Z`));
  } catch (error) {
    return rejected(error);
  }
  revalidatePath("/", "layout");
  return { ok: true, message: "Fristen er ændret." };
}
