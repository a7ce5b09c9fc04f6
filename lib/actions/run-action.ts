import "server-only";
import { SettingsRejectedError } from "../settings/update-lead-amounts";
import { invalid, type ActionResult } from "./action-result";

/** Runs a change; expected refusals become Danish field errors, anything else a calm generic message. */
export async function runAction(change: () => Promise<unknown>, successMessage: string): Promise<ActionResult> {
  try {
    await change();
    return { ok: true, message: successMessage };
  } catch (error) {
    if (error instanceof SettingsRejectedError) return invalid({ [error.field]: error.userMessage }, error.userMessage);
    console.error("action failed:", error instanceof Error ? error.name : "unknown");
    return { ok: false, formError: "Ændringen kunne ikke gemmes på grund af en fejl. Prøv igen om lidt." };
  }
}
