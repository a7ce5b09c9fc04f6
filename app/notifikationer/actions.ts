"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { noticePreferencesSchema } from "@/lib/notices/notice-settings-schema";
import { setNoticePreferences } from "@/lib/notices/set-notice-preferences";

export const saveNoticePreferences = defineAction({
  name: "saveNoticePreferences",
  permission: "notices.own",
  schema: noticePreferencesSchema,
  run: async ({ db, user, input }) => {
    await setNoticePreferences({ db, actor: user, enabled: input.enabled });
    revalidatePath("/notifikationer");
    return { message: "Dine valg er gemt." };
  },
});
