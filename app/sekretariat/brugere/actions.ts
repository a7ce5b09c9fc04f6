"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { createUserSchema, userActiveSchema } from "@/lib/users/user-schema";
import { createUser } from "@/lib/users/create-user";
import { setUserActive } from "@/lib/users/set-user-active";
import { requireManagedUser } from "@/lib/users/require-managed-user";

export const createUserAction = defineAction({
  name: "createUserAction",
  permission: "users.manage",
  schema: createUserSchema,
  invalidMessage: "Brugeren er ikke oprettet. Ret de markerede felter.",
  run: async ({ db, user, input }) => {
    await createUser({ db, actor: user, input });
    revalidatePath("/sekretariat/brugere");
    return { message: `Brugeren ${input.email} er oprettet.` };
  },
});

export const setUserActiveAction = defineAction({
  name: "setUserActiveAction",
  permission: "users.manage",
  bound: z.tuple([z.unknown()]),
  resource: ({ bound: [userId] }) => requireManagedUser({ userId }),
  schema: userActiveSchema,
  run: async ({ db, user, resource: { account }, input }) => {
    await setUserActive({ db, actor: user, userId: account.id, active: input.active });
    revalidatePath("/sekretariat/brugere");
    return { message: input.active ? "Brugeren er aktiveret igen." : "Brugeren er deaktiveret." };
  },
});
