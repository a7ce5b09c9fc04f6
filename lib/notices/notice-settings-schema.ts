/** The two notice forms' schemas: a person's own switches, and the secretariat's required kinds. Client-safe. */
import { z } from "../validation/zod";
import { formArray } from "../validation/form-values";
import { NOTICE_KINDS } from "./notice-kinds";

const kind = z.enum(NOTICE_KINDS, { error: "Vælg blandt de notifikationer, der står på siden." });

/** The kinds left switched on (checkboxes `enabled`); the others of the person's role are switched off. */
export const noticePreferencesSchema = z.object({ enabled: formArray(kind) });

/** The kinds nobody can switch off (checkboxes `required`). */
export const requiredNoticeKindsSchema = z.object({ required: formArray(kind) });
