"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { requireOutboxMessage } from "@/lib/outbox/require-outbox-message";
import { retryOutboxMessage } from "@/lib/outbox/retry-outbox-message";
import { retryOutboxMessageSchema } from "@/lib/outbox/retry-schema";

export const retryOutboxMessageAction = defineAction({
  name: "retryOutboxMessageAction",
  permission: "outbox.manage",
  bound: z.tuple([z.unknown()]),
  resource: ({ bound: [messageId] }) => requireOutboxMessage({ messageId }),
  schema: retryOutboxMessageSchema,
  hiddenFields: ["attempts"],
  run: async ({ db, user, resource: { message }, input }) => {
    await retryOutboxMessage({ db, actor: user, messageId: message.id, seenAttempts: input.attempts });
    revalidatePath("/drift/udgaaende-post");
    return { message: "Beskeden sendes igen ved udsendelsens næste kørsel." };
  },
});
