/** "Send igen": the only field is the number of attempts the administrator saw (hidden), so a stale page is told. */
import { z } from "../validation/zod";
import { versionField } from "../validation/fields";

export const retryOutboxMessageSchema = z.object({ attempts: versionField });
