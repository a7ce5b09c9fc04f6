/**
 * A cluster office hands in its evaluation for a year: the report (PDF), optional appendices and the key
 * figures. Every submission is a new version — a resubmission never replaces an earlier one. One transaction
 * with an optimistic version check, the secretariat's notice (outbox) and the audit event; stored files are
 * removed again if it fails.
 */
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { queueEvaluationNotices } from "../notices/queue-evaluation-notices";
import { commitUpload, discardUpload, storeUpload, type StoredFile } from "../files/upload-store";
import { canSubmit, isOpenForSubmission, notYetOpenMessage } from "./evaluation-status";
import { now } from "../clock";
import { Refusal } from "../actions/refusal";
import { officeFamily } from "../offices/office-family";
import type { UploadedFile } from "../files/upload-schema";
import type { EvaluationInput } from "./evaluation-schema";

export type { UploadedFile };

export type SubmitEvaluationOptions = {
  db: Database;
  actor: { id: string; name: string; role: string; officeId: string | null };
  officeId: string;
  year: number;
  input: EvaluationInput;
  /** A new report; without it, the kept one (`keep.reportId`). */
  report?: UploadedFile;
  appendices?: UploadedFile[];
  /** Files of the version before handed in again: the ids of its attachments (checked here). */
  keep?: { reportId?: string; appendixIds?: string[] };
  /** The report version the user saw (for concurrent submissions). */
  expectedVersion: number;
  /** "Today" for the rule that a year's evaluation waits for its year (lib/clock.ts). */
  today?: Date;
};

export async function submitEvaluation({
  db,
  actor,
  officeId,
  year,
  input,
  report,
  appendices = [],
  keep = {},
  expectedVersion,
  today = now(),
}: SubmitEvaluationOptions) {
  // A cluster office submits for its own office, in any period of it (lib/offices/office-family.ts).
  const family = actor.officeId ? await officeFamily({ db, officeId: actor.officeId }) : [];
  if (actor.role !== "CLUSTER_OFFICE" || !family.includes(officeId)) {
    throw new Refusal("Du kan kun aflevere evalueringer for dit eget klyngekontor.");
  }
  const evaluation = await db.evaluationReport.findUnique({ where: { officeId_year: { officeId, year } } });
  if (!evaluation) throw new Refusal("Der er ingen evaluering for det år.");
  if (!canSubmit(evaluation.status)) throw new Refusal("Evalueringen er allerede godkendt.");
  if (!isOpenForSubmission(year, today)) throw new Refusal(notYetOpenMessage(year));

  // What is kept must be the version's own files, of the right kind: nothing else can be attached this way.
  const previous = await db.evaluationSubmission.findFirst({
    where: { reportId: evaluation.id, version: expectedVersion },
    select: { attachments: { select: { id: true, kind: true } } },
  });
  const keptReport = report ? undefined : keep.reportId;
  const kept = [
    ...(keptReport ? [{ id: keptReport, kind: "EVALUATION_REPORT" }] : []),
    ...(keep.appendixIds ?? []).map((id) => ({ id, kind: "EVALUATION_APPENDIX" })),
  ];
  if (kept.some((k) => !previous?.attachments.some((a) => a.id === k.id && a.kind === k.kind)))
    throw new Refusal("De tidligere filer kan ikke afleveres igen: evalueringen er ændret. Genindlæs siden.");
  if (!report && !keptReport) throw new Refusal("Vælg evalueringsrapporten som PDF-fil.");

  const files = [
    ...(report ? [{ ...report, kind: "EVALUATION_REPORT" as const }] : []),
    ...appendices.map((a) => ({ ...a, kind: "EVALUATION_APPENDIX" as const })),
  ];
  const stored: (StoredFile & (typeof files)[number])[] = [];
  try {
    for (const file of files) stored.push({ ...file, ...(await storeUpload(file.bytes, file.extension)) });
    const submission = await db.$transaction(async (tx) => {
      const version = expectedVersion + 1;
      const bumped = await tx.evaluationReport.updateMany({
        where: { id: evaluation.id, version: expectedVersion, status: { not: "APPROVED" } },
        data: { version, status: "SUBMITTED", submittedAt: new Date(), submittedBy: actor.id },
      });
      if (bumped.count === 0)
        throw new Refusal("Evalueringen er netop ændret af en anden. Genindlæs siden, og aflever igen.");
      const attachments = [];
      for (const file of stored) {
        attachments.push(
          await tx.attachment.create({
            data: {
              kind: file.kind,
              fileName: file.fileName.slice(0, 200),
              contentType: file.contentType,
              uploadedById: actor.id,
              storageKey: file.storageKey,
              sha256: file.sha256,
              sizeBytes: file.sizeBytes,
            },
          }),
        );
      }
      const submission = await tx.evaluationSubmission.create({
        data: {
          reportId: evaluation.id,
          version,
          ...input,
          submittedById: actor.id,
          attachments: { connect: [...attachments, ...kept].map((a) => ({ id: a.id })) },
        },
      });
      await queueEvaluationNotices({
        db: tx,
        actor,
        report: { officeId, year },
        step: { kind: "EVALUATION_SUBMITTED", submissionId: submission.id, version },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "evaluation.submitted",
        entityType: "EvaluationReport",
        entityId: evaluation.id,
        before: { status: evaluation.status, version: evaluation.version },
        after: {
          status: "SUBMITTED",
          version,
          submissionId: submission.id,
          attachments: attachments.map((a) => a.id),
          ...(kept.length ? { kept: kept.map((k) => k.id) } : {}),
        },
      });
      return submission;
    });
    for (const file of stored) await commitUpload(file.storageKey);
    return submission;
  } catch (error) {
    for (const file of stored) await discardUpload(file.storageKey);
    throw error;
  }
}
