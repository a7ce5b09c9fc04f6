/**
 * What the request log line (lib/ops/request-log.ts) learns while a request runs: the signed-in user's id (set where
 * the session is read, lib/auth/session.ts) and the server action's name (lib/actions/define-action.ts).
 * One AsyncLocalStorage per process, kept on globalThis: instrumentation and the app's route bundles are compiled
 * separately, and each would otherwise hold a store of its own.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string; userId?: string; action?: string };

const KEY = Symbol.for("klyngeportalen.requestContext");
const holder = globalThis as { [KEY]?: AsyncLocalStorage<RequestContext> };

export function requestContextStorage(): AsyncLocalStorage<RequestContext> {
  return (holder[KEY] ??= new AsyncLocalStorage<RequestContext>());
}

/** Notes a fact about the current request for its log line; outside a logged request (scripts, tests): nothing. */
export function noteRequest(fields: Pick<RequestContext, "userId" | "action">) {
  const context = holder[KEY]?.getStore();
  if (context) Object.assign(context, fields);
}
