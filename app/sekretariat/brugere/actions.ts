"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fieldErrorsOf, invalid, type ActionResult } from "@/lib/actions/action-result";
import { runAction } from "@/lib/actions/run-action";
import { createUserSchema } from "@/lib/users/user-schema";
import { createUser, setUserActive } from "@/lib/users/create-user";

export async function createUserAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requirePermission("settings.manage");
  const parsed = createUserSchema.safeParse(
    Object.fromEntries(
      ["name", "email", "role", "municipalityId", "officeId", "password"].map((k) => [k, form.get(k) ?? undefined]),
    ),
  );
  if (!parsed.success)
    return invalid(fieldErrorsOf(parsed.error.issues), "Brugeren er ikke oprettet. Ret de markerede felter.");
  const result = await runAction(() => createUser(db, user, parsed.data), `Brugeren ${parsed.data.email} er oprettet.`);
  revalidatePath("/sekretariat/brugere");
  return result;
}

export async function setUserActiveAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requirePermission("settings.manage");
  const userId = String(form.get("userId") ?? "");
  const active = form.get("active") === "true";
  const result = await runAction(
    () => setUserActive(db, user, userId, active),
    active ? "Brugeren er aktiveret igen." : "Brugeren er deaktiveret.",
  );
  revalidatePath("/sekretariat/brugere");
  return result;
}
