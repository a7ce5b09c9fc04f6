"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { REGION_CODE } from "@/lib/validation/route-params";
import { anonymiseUserSchema, createUserSchema, setPasswordSchema, userActiveSchema } from "@/lib/users/user-schema";
import { anonymiseAfterDays, anonymiseUser } from "@/lib/users/anonymise-user";
import { createUser } from "@/lib/users/create-user";
import { setUserActive } from "@/lib/users/set-user-active";
import { setUserPassword } from "@/lib/users/set-user-password";
import { requireManagedUser } from "@/lib/users/require-managed-user";
import { requireRegion } from "@/lib/periods/require-period";

export const createUserAction = defineAction({
  name: "createUserAction",
  permission: "users.manage",
  // The KKR region of the page (an administrator's choice; a secretariat's own).
  bound: z.tuple([REGION_CODE]),
  resource: ({ bound: [kkr] }) => requireRegion({ permission: "users.manage", kkr }),
  schema: createUserSchema,
  invalidMessage: "Brugeren er ikke oprettet. Ret de markerede felter.",
  run: async ({ db, user, resource: { region }, input }) => {
    await createUser({ db, actor: user, regionId: region.id, input });
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

/** A new password for a user who has forgotten theirs; the user is a bound argument of the action. */
export const setUserPasswordAction = defineAction({
  name: "setUserPasswordAction",
  permission: "users.manage",
  bound: z.tuple([z.unknown()]),
  resource: ({ bound: [userId] }) => requireManagedUser({ userId }),
  schema: setPasswordSchema,
  hiddenFields: ["confirm"],
  run: async ({ db, user, resource: { account } }) => {
    const { name, password } = await setUserPassword({ db, actor: user, userId: account.id });
    // The password goes apart from the sentence (`data`): the form shows it on a line of its own, to copy whole.
    return { message: `${name} har fået en ny adgangskode og er logget ud på alle enheder.`, data: { password } };
  },
});

/** Administrators only: a deactivated user's name and e-mail become a pseudonym (docs/decisions/0018-…). */
export const anonymiseUserAction = defineAction({
  name: "anonymiseUserAction",
  permission: "users.anonymise",
  bound: z.tuple([z.unknown()]),
  resource: ({ bound: [userId] }) => requireManagedUser({ userId }),
  schema: anonymiseUserSchema,
  hiddenFields: ["confirm"],
  run: async ({ db, user, resource: { account } }) => {
    const { pseudonym } = await anonymiseUser({
      db,
      actor: user,
      userId: account.id,
      afterDays: anonymiseAfterDays(process.env.ANONYMISE_AFTER_DAYS),
    });
    revalidatePath("/sekretariat/brugere");
    return { message: `Brugeren er anonymiseret og hedder nu «${pseudonym}».` };
  },
});
