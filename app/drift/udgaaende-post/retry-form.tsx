"use client";

import { ActionForm } from "@/components/action-form";
import { retryOutboxMessageAction } from "./actions";

export function RetryForm({ messageId, attempts, label }: { messageId: string; attempts: number; label: string }) {
  return (
    <ActionForm
      action={retryOutboxMessageAction.bind(null, messageId)}
      label={`Send igen: ${label}`}
      submitLabel="Send igen"
      className="space-y-2"
    >
      {() => <input type="hidden" name="attempts" value={attempts} />}
    </ActionForm>
  );
}
