/**
 * Records a council decision for one or more offices (one council meeting usually decides all four), the leads'
 * councils included. In ONE transaction: the optimistic version check per municipality-office, the new decisions
 * (a correction links to the decision it voids), the minutes attachment, the share-ledger snapshot of every
 * office-year whose allocation changed, the notices the decision causes (outbox rows: lib/notices/), and the
 * audit event. A decision is never edited or deleted (docs/decisions/0014-decisions-over-time.md).
 *
 * A save costs few statements (issue 17, docs/decisions/0019-speed-at-the-floor.md): the period's computed view
 * comes from lib/shares/agreement-cache.ts when it is exactly the version the save starts from, and the save leaves
 * the next version's view there after it commits — so consecutive saves never read the whole period.
 */
import { randomUUID } from "node:crypto";
import type { Database } from "../db/create-client";
import type { DbClient } from "../db/types";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadAgreement, viewWithDecisions, type AgreementView } from "../shares/load-agreement";
import { commitUpload, discardUpload, storeUpload, type StoredFile } from "../files/upload-store";
import { decisionEffects, type NewDecision } from "./decision-effects";
import { writeShareSnapshots } from "../shares/share-effects";
import { queueDecisionNotices } from "../notices/queue-decision-notices";
import { shareLinesFor } from "../notices/queue-share-change-notices";
import {
  bumpAgreementVersion,
  cachedAgreementView,
  loadAgreementCached,
  rememberAgreementView,
} from "../shares/agreement-cache";
import type { DecisionFormInput } from "./decision-schema";
import { Refusal } from "../actions/refusal";
import { isUniqueViolation } from "../db/is-unique-violation";
import { guardClosedYears, settlementsOfChange } from "../billing/closed-year-effects";
import { secretariatEmailOf } from "./preview-decisions";
import { checkCorrection } from "./check-correction";

/** Inside the transaction: another save got to these offices first (their participation version moved on). */
class VersionConflict extends Error {
  constructor(readonly officeIds: string[]) {
    super("decision version conflict");
  }
}

/** What a refused save hands back after a conflict: the decisions that won, and the versions to save against. */
export type DecisionConflict = {
  conflicts: {
    officeName: string;
    decision: "YES" | "NO";
    effectiveFromYear: number;
    meetingDate: string;
    recordedBy: string;
    recordedAt: string;
  }[];
  versions: Record<string, number>;
};

export type RecordDecisionsOptions = {
  db: Database;
  actor: { id: string; name: string; role: string; municipalityId: string | null };
  municipalityId: string;
  /** The period (agreement) the decision belongs to: decisions of an older period are recorded in that period. */
  agreementId: string;
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
  agreementId,
  input,
  expectedVersions,
  minutes,
  now = new Date(),
}: RecordDecisionsOptions) {
  const { municipality, agreement } = await checkScope(db, { municipalityId, agreementId, officeIds: input.officeIds });
  if (input.correctsId) await checkCorrection(db, { municipalityId, input });

  let stored: StoredFile | undefined;
  if (minutes) stored = await storeUpload(minutes.bytes, "pdf");
  try {
    const { result, next } = await db.$transaction(
      async (tx) => {
        await claimVersions(tx, municipalityId, input.officeIds, expectedVersions);
        // The period's version first: from here concurrent changes of the period take turns (PostgreSQL's row lock,
        // SQLite's single writer), so everything below reads the version before ours — the cached view of exactly
        // that version is the same as reading it again.
        const bumped = await bumpAgreementVersion(tx, agreement.id);
        const view =
          cachedAgreementView(db, agreement.id, bumped.dataVersion - 1) ??
          (await loadAgreement({ db: tx, agreementId: agreement.id }));
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
        const batchId = input.officeIds.length > 1 ? randomUUID() : null;
        const meetingDate = new Date(`${input.meetingDate}T00:00:00.000Z`);
        const created: NewDecision[] = [];
        const rows: AgreementView["decisions"] = [];
        for (const officeId of input.officeIds) {
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
              closedYearReason: input.closedYearReason ?? null,
              correctsId: input.correctsId ?? null,
              approvedAmountPerYear: input.approvedAmountPerYear ?? null,
              minutesAttachmentId: attachment?.id ?? null,
              recordedById: actor.id,
              recordedOnBehalf: actor.municipalityId !== municipalityId,
              recordedAt: now,
            },
          });
          rows.push({ ...decision, municipality: { code: municipality.code } });
          created.push({
            id: decision.id,
            officeId,
            municipalityCode: municipality.code,
            decision: decision.decision,
            effectiveFromYear: decision.effectiveFromYear,
            effectiveToYear: decision.effectiveToYear,
            meetingDate,
            recordedAt: now,
            corrects: decision.correctsId,
          });
        }

        // The period after this save, computed once: the effects compare it with the view before, and it is the
        // cached view of the next version once the transaction has committed.
        const next = viewWithDecisions(view, { ...bumped, region: view.rows.agreement.region }, rows);
        const effects = decisionEffects(view.input, created, { before: view.allocations, after: next.allocations });
        // A closed (invoiced) year changes only through the secretariat, with a reason (issue 11); read here, in
        // the transaction, so a year closed since the preview is caught.
        const settlements = await settlementsOfChange({
          db: tx,
          agreementId: agreement.id,
          effects,
          names: new Map(view.municipalities.map((m) => [m.code, m.name])),
          officeNames: new Map(view.offices.map((o) => [o.id, o.name])),
        });
        guardClosedYears({
          actor,
          settlements,
          reason: input.closedYearReason,
          secretariatEmail:
            settlements.length && actor.role === "MUNICIPAL_CONTACT"
              ? await secretariatEmailOf(tx, municipality.regionId)
              : undefined,
        });
        await writeShareSnapshots({
          db: tx,
          effects,
          cause: {
            kind: "DECISION",
            at: now,
            actorId: actor.id,
            decisionIdFor: (officeId) => created.find((d) => d.officeId === officeId)!.id!,
            decidedBy: { id: municipality.id, code: municipality.code, name: municipality.name },
            decision: input.decision,
            effectiveFromYear: input.effectiveFromYear,
            effectiveToYear: input.effectiveToYear ?? null,
            meetingDate,
            correction: !!input.correctsId,
            backdated: !input.correctsId && !!input.isCorrection,
          },
          municipalityIds: new Map(view.municipalities.map((m) => [m.code, m.id])),
          settlements,
        });
        await queueDecisionNotices({
          db: tx,
          actor,
          municipality,
          decisionId: created[0]!.id!,
          offices: view.offices.filter((o) => input.officeIds.includes(o.id)),
          onBehalf: actor.municipalityId !== municipalityId,
          decision: {
            decision: input.decision,
            effectiveFromYear: input.effectiveFromYear,
            effectiveToYear: input.effectiveToYear ?? null,
            meetingDate,
            councilBody: input.councilBody,
            caseReference: input.caseReference,
            correctionReason: input.isCorrection ? (input.correctionReason ?? null) : null,
            correctsEarlier: !!input.correctsId,
          },
          ownLines: shareLinesFor(
            municipality.code,
            effects,
            settlements,
            (id) => view.offices.find((o) => o.id === id)?.name ?? "",
          ),
          ...(settlements.length && input.closedYearReason
            ? {
                closedYears: {
                  names: settlements.map((s) => `${s.officeName} ${s.year}`),
                  reason: input.closedYearReason,
                },
              }
            : {}),
        });
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
              corrects: d.corrects ?? null,
            })),
            approvedAmountPerYear: input.approvedAmountPerYear ?? null,
            ...(settlements.length
              ? {
                  closedYears: settlements.map((s) => ({
                    officeId: s.officeId,
                    year: s.year,
                    settlements: s.lines.map((l) => ({ code: l.code, settlement: l.settlement })),
                  })),
                  closedYearReason: input.closedYearReason,
                }
              : {}),
            attachmentId: attachment?.id ?? null,
            onBehalf: actor.municipalityId !== municipalityId,
          },
        });
        return {
          result: { decisionIds: created.map((d) => d.id), effects },
          next: { version: bumped.dataVersion, view: next },
        };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
    // Committed: the next save (or page) of this version starts from the view with these decisions.
    rememberAgreementView(db, agreement.id, next.version, next.view);
    if (stored) await commitUpload(stored.storageKey);
    return result;
  } catch (error) {
    if (stored) await discardUpload(stored.storageKey);
    if (error instanceof VersionConflict) throw await conflictRefusal(db, actor, municipalityId, error.officeIds);
    if (isUniqueViolation(error)) throw await conflictRefusal(db, actor, municipalityId, input.officeIds);
    throw error;
  }
}

/**
 * The municipality and the period the decision belongs to, and its offices, checked before the transaction. The
 * period's (cached) view answers when it has them all — a municipality never changes region and an office never
 * changes period — otherwise they are read, with the same refusals.
 */
async function checkScope(db: Database, o: { municipalityId: string; agreementId: string; officeIds: string[] }) {
  // A period that cannot be computed is left to the reads below (and the transaction), as before.
  const view = await loadAgreementCached({ db, agreementId: o.agreementId }).catch(() => null);
  const known = view?.municipalities.find((m) => m.id === o.municipalityId);
  if (view && known && o.officeIds.every((id) => view.offices.some((office) => office.id === id))) {
    const { id, code, name } = known;
    return { municipality: { id, code, name, regionId: view.agreement.regionId }, agreement: view.agreement };
  }
  const municipality = await db.municipality.findUniqueOrThrow({ where: { id: o.municipalityId } });
  const agreement = await db.agreement.findUnique({ where: { id: o.agreementId } });
  if (!agreement || agreement.regionId !== municipality.regionId) {
    throw new Refusal("Perioden hører ikke til kommunens region.", { field: "officeIds" });
  }
  const offices = await db.clusterOffice.findMany({
    where: { id: { in: o.officeIds }, agreementId: agreement.id },
  });
  if (offices.length !== new Set(o.officeIds).size) {
    throw new Refusal("Vælg blandt de klyngekontorer, kommunen kan beslutte om.", { field: "officeIds" });
  }
  return { municipality, agreement };
}

/**
 * The optimistic check: each office's participation version must still be the one the user saw. A municipality
 * that never decided on an office (a lead, before issue 10) has no row yet: version 0, created here — two first
 * saves at once meet at the unique key, which is a conflict too.
 */
async function claimVersions(
  tx: DbClient,
  municipalityId: string,
  officeIds: string[],
  expected: Record<string, number>,
) {
  const conflicts: string[] = [];
  for (const officeId of officeIds) {
    const version = expected[officeId] ?? -1;
    const bumped = await tx.participation.updateMany({
      where: { municipalityId, officeId, version },
      data: { version: { increment: 1 } },
    });
    if (bumped.count > 0) continue;
    const exists = await tx.participation.findUnique({
      where: { municipalityId_officeId: { municipalityId, officeId } },
    });
    if (!exists && version === 0) await tx.participation.create({ data: { municipalityId, officeId, version: 1 } });
    else conflicts.push(officeId);
  }
  if (conflicts.length) throw new VersionConflict(conflicts);
}

/** A refusal because another save got there first (it carries the winning decisions). */
export function isDecisionConflict(error: unknown): error is Refusal & { data: DecisionConflict } {
  return error instanceof Refusal && Array.isArray((error.data as DecisionConflict | undefined)?.conflicts);
}

/** The refusal after a conflict names the decisions that got there first, so the user sees what won. */
async function conflictRefusal(db: Database, actor: { id: string }, municipalityId: string, officeIds: string[]) {
  const [latest, participations] = await Promise.all([
    db.councilDecision.findMany({
      where: { municipalityId, officeId: { in: officeIds } },
      orderBy: { recordedAt: "desc" },
      include: { office: { select: { name: true } }, recordedBy: { select: { name: true } } },
    }),
    db.participation.findMany({ where: { municipalityId } }),
  ]);
  const newestPerOffice = officeIds
    .map((officeId) => latest.find((d) => d.officeId === officeId))
    .filter((d): d is (typeof latest)[number] => !!d);
  const data: DecisionConflict = {
    conflicts: newestPerOffice.map((d) => ({
      officeName: d.office.name,
      decision: d.decision,
      effectiveFromYear: d.effectiveFromYear,
      meetingDate: d.meetingDate.toISOString(),
      recordedBy: d.recordedBy.name,
      recordedAt: d.recordedAt.toISOString(),
    })),
    versions: Object.fromEntries(participations.map((p) => [p.officeId, p.version])),
  };
  const names = newestPerOffice.map((d) => d.office.name).join(", ");
  // The same person in two tabs or windows is told so, not that someone else got there first.
  const who = newestPerOffice.every((d) => d.recordedById === actor.id)
    ? "du har netop i et andet vindue registreret"
    : "en anden har netop registreret";
  return new Refusal(
    `Din beslutning er ikke gemt: ${who} en beslutning for ${names}. Den ses herunder. ` +
      "Tryk «Se konsekvenser» og gem igen, hvis din beslutning stadig skal gælde.",
    { data },
  );
}
