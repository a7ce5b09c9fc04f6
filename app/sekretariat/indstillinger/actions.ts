"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fieldErrorsOf, invalid, type ActionResult } from "@/lib/actions/action-result";
import { runAction } from "@/lib/actions/run-action";
import {
  decisionDueDateSchema,
  leadAmountsSchema,
  parseKronerInput,
  poolOverrideSchema,
} from "@/lib/settings/settings-schemas";
import { updateLeadAmounts } from "@/lib/settings/update-lead-amounts";
import { setPoolOverride } from "@/lib/settings/set-pool-override";
import { setDecisionDueDate } from "@/lib/settings/set-decision-due-date";

export async function saveLeadAmounts(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requirePermission("settings.manage");
  const amounts: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (key.startsWith("lead:")) amounts[key.slice(5)] = parseKronerInput(value);
  const parsed = leadAmountsSchema.safeParse({ officeId: form.get("officeId"), amounts });
  if (!parsed.success) return invalid({ amounts: parsed.error.issues[0]!.message });
  const result = await runAction(
    () => updateLeadAmounts(db, user.id, parsed.data.officeId, parsed.data.amounts),
    "Leadbeløbene er gemt.",
  );
  revalidatePath("/", "layout");
  return result;
}

export async function savePoolOverride(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requirePermission("settings.manage");
  const parsed = poolOverrideSchema.safeParse({
    officeId: form.get("officeId"),
    year: form.get("year"),
    amount: parseKronerInput(form.get("amount")),
    reason: form.get("reason"),
  });
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error.issues));
  const result = await runAction(
    () => setPoolOverride(db, user.id, parsed.data),
    "Den aftalte pulje er gemt, og fordelingen er beregnet igen.",
  );
  revalidatePath("/", "layout");
  return result;
}

export async function saveDecisionDueDate(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requirePermission("settings.manage");
  const parsed = decisionDueDateSchema.safeParse({
    agreementId: form.get("agreementId"),
    dueDate: form.get("dueDate"),
  });
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error.issues));
  const result = await runAction(
    () => setDecisionDueDate(db, user.id, parsed.data.agreementId, new Date(`${parsed.data.dueDate}T00:00:00.000Z`)),
    "Fristen er gemt.",
  );
  revalidatePath("/sekretariat", "layout");
  return result;
}
