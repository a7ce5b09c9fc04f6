"use server";

import { defineAction } from "@/lib/actions/define-action";
import { continueSession } from "@/lib/auth/continue-session";
import { changePassword } from "@/lib/users/change-password";
import { changePasswordSchema } from "@/lib/users/user-schema";

export const changePasswordAction = defineAction({
  name: "changePasswordAction",
  permission: "account.manage",
  schema: changePasswordSchema,
  invalidMessage: "Adgangskoden er ikke skiftet. Ret de markerede felter.",
  run: async ({ db, user, input }) => {
    const { sessionVersion } = await changePassword({
      db,
      actor: user,
      currentPassword: input.currentPassword,
      newPassword: input.newPassword,
    });
    await continueSession({ sessionVersion });
    return { message: "Adgangskoden er skiftet. Du er logget ud på alle dine andre enheder." };
  },
});
