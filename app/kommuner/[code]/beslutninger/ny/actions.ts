"use server";

import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findCurrentAgreement } from "@/lib/shares/load-agreement";
import { danishIsoDate, decisionFormSchema, decisionFormValues } from "@/lib/decisions/decision-schema";
import { previewDecisions, type OfficePreview } from "@/lib/decisions/preview-decisions";
import { DecisionConflictError, DecisionRejectedError, recordDecisions } from "@/lib/decisions/record-decisions";
import { checkPdf } from "@/lib/files/check-upload";
import { now } from "@/lib/clock";
import { wholeNumberOrNull } from "@/lib/actions/action-result";

export type DecisionFormState = {
  status: "idle" | "invalid" | "preview" | "saved" | "conflict";
  fieldErrors?: Record<string, string>;
  formError?: string;
  preview?: OfficePreview[];
  /** After a conflict: the decision that got there first, per office, so the user sees what won. */
  conflicts?: {
    officeName: string;
    decision: "YES" | "NO";
    effectiveFromYear: number;
    meetingDate: string;
    recordedBy: string;
    recordedAt: string;
  }[];
  /** Fresh participation versions after a conflict, so a deliberate re-save is possible. */
  versions?: Record<string, number>;
};

/**
 * One action for both steps: intent=preview computes the consequences (nothing is stored), intent=save
 * records. The municipality comes from the resource (the code), is checked against the user's scope, and is
 * never trusted from the form.
 */
export async function submitDecision(
  municipalityCode: string,
  _previous: DecisionFormState,
  form: FormData,
): Promise<DecisionFormState> {
  const municipality = await db.municipality.findUnique({ where: { code: String(municipalityCode) } });
  if (!municipality) notFound();
  const user = await requirePermission("decision.record", { municipalityId: municipality.id });
  const agreement = await findCurrentAgreement(db, municipality.regionId);
  if (!agreement) return { status: "invalid", formError: "Der er ingen aftale at registrere beslutningen under." };

  const schema = decisionFormSchema({
    firstYear: agreement.firstYear,
    lastYear: agreement.lastYear,
    today: danishIsoDate(now()),
  });
  const parsed = schema.safeParse(decisionFormValues(form));
  const fieldErrors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
  }
  const file = form.get("minutes");
  let minutes: { fileName: string; bytes: Uint8Array } | undefined;
  if (file instanceof File && file.size > 0) {
    const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
    const check = checkPdf(head, file.size);
    if (!check.ok) fieldErrors.minutes = check.message;
    else minutes = { fileName: file.name || "referat.pdf", bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  if (!parsed.success || Object.keys(fieldErrors).length) {
    return { status: "invalid", fieldErrors, formError: "Beslutningen er ikke gemt. Ret de markerede felter." };
  }

  if (form.get("intent") !== "save") {
    return { status: "preview", preview: await previewDecisions(db, municipality, parsed.data) };
  }

  const expectedVersions: Record<string, number> = {};
  for (const officeId of parsed.data.officeIds) {
    const version = wholeNumberOrNull(form.get(`version:${officeId}`));
    if (version === null)
      return { status: "invalid", formError: "Formularen er ikke gyldig. Genindlæs siden, og prøv igen." };
    expectedVersions[officeId] = version;
  }
  try {
    await recordDecisions({
      db,
      actor: user,
      municipalityId: municipality.id,
      input: parsed.data,
      expectedVersions,
      minutes,
    });
  } catch (error) {
    if (error instanceof DecisionConflictError) {
      const [latest, participations] = await Promise.all([
        db.councilDecision.findMany({
          where: { municipalityId: municipality.id, officeId: { in: error.officeIds }, supersededById: null },
          include: { office: { select: { name: true } }, recordedBy: { select: { name: true } } },
        }),
        db.participation.findMany({ where: { municipalityId: municipality.id } }),
      ]);
      const names = latest.map((d) => d.office.name).join(", ");
      return {
        status: "conflict",
        conflicts: latest.map((d) => ({
          officeName: d.office.name,
          decision: d.decision,
          effectiveFromYear: d.effectiveFromYear,
          meetingDate: d.meetingDate.toISOString(),
          recordedBy: d.recordedBy.name,
          recordedAt: d.recordedAt.toISOString(),
        })),
        versions: Object.fromEntries(participations.map((p) => [p.officeId, p.version])),
        formError: `Din beslutning er ikke gemt: en anden har netop registreret en beslutning for ${names}. Den ses herunder. Tryk «Se konsekvenser» og gem igen, hvis din beslutning stadig skal gælde.`,
      };
    }
    if (error instanceof DecisionRejectedError)
      return { status: "invalid", fieldErrors: { [error.field]: error.userMessage }, formError: error.userMessage };
    console.error("recordDecisions failed", error instanceof Error ? error.name : "unknown");
    return { status: "invalid", formError: "Beslutningen kunne ikke gemmes på grund af en fejl. Prøv igen om lidt." };
  }
  revalidatePath(`/kommuner/${municipality.code}`);
  return { status: "saved" };
}
