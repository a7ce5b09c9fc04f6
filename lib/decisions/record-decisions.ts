/**
 * Records a council decision for one or more offices (one council meeting usually decides all four).
 * In ONE transaction: the optimistic version check per municipality-office, the new decisions, the
 * supersession links, the minutes attachment, the share-ledger snapshot of every affected office-year, and the
 * audit event. A decision is never edited: the new one supersedes the previous latest one.
 */
import { randomUUID } from "node:crypto";
import type { Database } from "../db/create-client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadAgreement, findCurrentAgreement } from "../shares/load-agreement";
import { commitUpload, discardUpload, storeUpload, type StoredFile } from "../files/upload-store";
import { decisionEffects, type NewDecision } from "./decision-effects";
import { writeShareSnapshots } from "../shares/share-effects";
import { bumpAgreementVersion } from "../shares/agreement-cache";
import type { DecisionFormInput } from "./decision-schema";

export class DecisionConflictError extends Error {
  constructor(readonly officeIds: string[]) {
    super("decision version conflict");
  }
}

export class DecisionRejectedError extends Error {
  constructor(
    readonly field: string,
    readonly userMessage: string,
  ) {
    super(userMessage);
  }
}

export type RecordDecisionsOptions = {
  db: Database;
  actor: { id: string; role: string; municipalityId: string | null };
  municipalityId: string;
  input: DecisionFormInput;
  /** The participation version per office that the user saw when they filled in the form. */
  expectedVersions: Record<string, number>;
  minutes?: { fileName: string; bytes: Uint8Array };
  now?: Date;
};

export async function recordDecisions({
  db,
  actor,
  municipalityId,
  input,
  expectedVersions,
  minutes,
  now = new Date(),
}: RecordDecisionsOptions) {
  const municipality = await db.municipality.findUniqueOrThrow({ where: { id: municipalityId } });
  const agreement = await findCurrentAgreement(db, municipality.regionId);
  if (!agreement) throw new DecisionRejectedError("officeIds", "Der er ingen aftale at registrere beslutningen under.");
  const participations = await db.participation.findMany({
    where: { municipalityId, officeId: { in: input.officeIds }, office: { agreementId: agreement.id } },
  });
  if (participations.length !== new Set(input.officeIds).size) {
    throw new DecisionRejectedError("officeIds", "Vælg blandt de klyngekontorer, kommunen kan beslutte om.");
  }

  let stored: StoredFile | undefined;
  if (minutes) stored = await storeUpload(minutes.bytes, "pdf");
  try {
    const result = await db.$transaction(
      async (tx) => {
        const conflicts: string[] = [];
        for (const participation of participations) {
          const expected = expectedVersions[participation.officeId];
          const bumped = await tx.participation.updateMany({
            where: { id: participation.id, version: expected ?? -1 },
            data: { version: { increment: 1 } },
          });
          if (bumped.count === 0) conflicts.push(participation.officeId);
        }
        if (conflicts.length) throw new DecisionConflictError(conflicts);

        const attachment = stored
          ? await tx.attachment.create({
              data: {
                kind: "COUNCIL_MINUTES",
                fileName: minutes!.fileName.slice(0, 200),
                contentType: "application/pdf",
                uploadedById: actor.id,
                ...stored,
              },
            })
          : null;
        const view = await loadAgreement(tx, agreement.id);
        const batchId = input.officeIds.length > 1 ? randomUUID() : null;
        const meetingDate = new Date(`${input.meetingDate}T00:00:00.000Z`);
        const created: NewDecision[] = [];
        for (const officeId of input.officeIds) {
          const previous = await tx.councilDecision.findFirst({
            where: { municipalityId, officeId, supersededById: null },
          });
          const decision = await tx.councilDecision.create({
            data: {
              municipalityId,
              officeId,
              batchId,
              decision: input.decision,
              effectiveFromYear: input.effectiveFromYear,
              effectiveToYear: input.effectiveToYear ?? null,
              councilBody: input.councilBody,
              meetingDate,
              caseReference: input.caseReference,
              minutesUrl: input.minutesUrl ?? null,
              note: input.note ?? null,
              correctionReason: input.isCorrection ? (input.correctionReason ?? null) : null,
              minutesAttachmentId: attachment?.id ?? null,
              recordedById: actor.id,
              recordedOnBehalf: actor.municipalityId !== municipalityId,
              recordedAt: now,
            },
          });
          if (previous)
            await tx.councilDecision.update({ where: { id: previous.id }, data: { supersededById: decision.id } });
          created.push({
            id: decision.id,
            officeId,
            municipalityCode: municipality.code,
            decision: decision.decision,
            effectiveFromYear: decision.effectiveFromYear,
            effectiveToYear: decision.effectiveToYear,
            meetingDate,
            recordedAt: now,
          });
        }

        const effects = decisionEffects(view.input, created);
        await writeShareSnapshots(
          tx,
          effects,
          { kind: "DECISION", decisionIdFor: (officeId) => created.find((d) => d.officeId === officeId)!.id!, at: now },
          new Map(view.municipalities.map((m) => [m.code, m.id])),
        );
        await bumpAgreementVersion(tx, agreement.id);
        await recordAuditEvent(tx, {
          actorId: actor.id,
          action: "decision.recorded",
          entityType: "Municipality",
          entityId: municipalityId,
          after: {
            decisions: created.map((d) => ({
              id: d.id,
              officeId: d.officeId,
              decision: d.decision,
              from: d.effectiveFromYear,
              to: d.effectiveToYear,
            })),
            attachmentId: attachment?.id ?? null,
            onBehalf: actor.municipalityId !== municipalityId,
          },
        });
        return { decisionIds: created.map((d) => d.id), effects };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
    if (stored) await commitUpload(stored.storageKey);
    return result;
  } catch (error) {
    if (stored) await discardUpload(stored.storageKey);
    throw error;
  }
}
