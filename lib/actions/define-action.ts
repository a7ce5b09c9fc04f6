/**
 * THE way to write a server action (docs/decisions/0009-one-way.md). Every action runs the same pipeline:
 *
 *   session → permission (the one table, lib/auth/permissions.ts) → bound arguments (zod) → the resource, loaded
 *   through its scoped loader (404 outside the user's scope) → the form (zod, Danish) → the domain operation →
 *   a typed ActionState: done | refused | failed.
 *
 * A Refusal thrown anywhere becomes *refused*; Next's own control flow (redirect, notFound) passes through;
 * anything else is *failed*: logged as one JSON line with an error id and the stack, and shown in Danish with
 * that id. Usage (in a "use server" file):
 *
 *   export const saveThing = defineAction({
 *     name: "saveThing", permission: "settings.manage", schema: thingSchema,
 *     run: async ({ db, user, input }) => {
 *       await saveThing({ db, actor: user, ...input });
 *       return { message: "Gemt." };
 *     },
 *   });
 */
import "server-only";
import { headers } from "next/headers";
import { notFound, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { can, type Permission } from "../auth/permissions";
import { requireUser, type SessionUser } from "../auth/session";
import { refuseAccess } from "../auth/refuse-access";
import { log, newErrorId } from "../log/log";
import { noteRequest } from "../log/request-context";
import { formValues, unstorableTextErrors } from "../validation/form-values";
import { db, type Database } from "../db";
import { fieldErrorsOf, invalidMessageOf, type ActionState, type InvalidMessage } from "./action-state";
import { Refusal } from "./refusal";

export const STALE_FORM = "Formularen er ikke gyldig. Genindlæs siden, og prøv igen.";
const FAILED = "Der opstod en uventet fejl, og intet er gemt. Prøv igen om lidt.";

type Context<Bound, Resource> = { user: SessionUser; bound: Bound; resource: Resource; db: Database };
type Done<Data> = { message?: string; data?: Data } | void;

export type ActionSpec<Bound extends unknown[], Resource, Input, Data> = {
  /** The exported name: used in logs and error ids. */
  name: string;
  permission: Permission;
  /** Arguments bound in the page (`action.bind(null, id)`): a tuple schema. Anything else is a 404. */
  bound?: z.ZodType<Bound>;
  /** Loads what the action works on through its scoped loader, which answers 404 outside the user's scope. */
  resource?: (context: { user: SessionUser; bound: Bound }) => Promise<Resource>;
  /** The form's schema — the same one the form validates with before sending. */
  schema: z.ZodType<Input> | ((context: Context<Bound, Resource>) => z.ZodType<Input>);
  /**
   * Form-level message when the schema refuses (default: "Intet er gemt. Ret de markerede felter."); a function
   * picks it from the field errors, e.g. a rule across several fields that is best said once, at the top.
   */
  invalidMessage?: InvalidMessage;
  /** Fields the user cannot see (versions, intents): when only they are wrong, the form is stale, not invalid. */
  hiddenFields?: string[];
  run: (context: Context<Bound, Resource> & { input: Input; form: FormData }) => Promise<Done<Data>>;
};

export type Action<Bound extends unknown[], Data> = (
  ...args: [...Bound, ActionState<Data>, FormData]
) => Promise<ActionState<Data>>;

export function defineAction<Bound extends unknown[] = [], Resource = undefined, Input = unknown, Data = unknown>(
  spec: ActionSpec<Bound, Resource, Input, Data>,
): Action<Bound, Data> {
  return async (...args) => {
    const started = Date.now();
    noteRequest({ action: spec.name });
    const user = await requireUser();
    if (!can(user, spec.permission))
      await refuseAccess({ user, permission: spec.permission, what: "Action", id: spec.name });
    const form = args.at(-1);
    const parsedBound = spec.bound ? spec.bound.safeParse(args.slice(0, -2)) : { success: true, data: [] };
    if (!parsedBound.success) notFound();
    if (!(form instanceof FormData)) return { outcome: "refused", message: STALE_FORM };
    const bound = parsedBound.data as Bound;
    const context = { user, bound, resource: undefined as Resource, db };
    try {
      if (spec.resource) context.resource = await spec.resource({ user, bound });
      const schema = typeof spec.schema === "function" ? spec.schema(context) : spec.schema;
      const values = formValues(form);
      const parsed = await schema.safeParseAsync(values);
      const unstorable = unstorableTextErrors(values);
      if (!parsed.success || Object.keys(unstorable).length) {
        const fieldErrors = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error.issues)), ...unstorable };
        const stale = Object.keys(fieldErrors).every((field) => spec.hiddenFields?.includes(field));
        return {
          outcome: "refused",
          message: stale ? STALE_FORM : invalidMessageOf(spec.invalidMessage, fieldErrors),
          fieldErrors,
        };
      }
      const done = (await spec.run({ ...context, input: parsed.data, form })) || {};
      return { outcome: "done", message: done.message, data: done.data };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof Refusal) {
        return {
          outcome: "refused",
          message: error.message,
          fieldErrors: error.fieldErrors,
          data: error.data as Data | undefined,
        };
      }
      const errorId = newErrorId();
      const request = await headers();
      log("error", {
        event: "action.failed",
        action: spec.name,
        errorId,
        requestId: request.get("x-request-id") ?? undefined,
        route: request.get("x-pathname") ?? undefined,
        userId: user.id,
        durationMs: Date.now() - started,
        error,
      });
      return { outcome: "failed", message: FAILED, errorId };
    }
  };
}
