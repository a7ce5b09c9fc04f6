/**
 * One JSON log line per HTTP request (issue 18; docs/decisions/0018-logs-and-personal-data.md): time, level,
 * request id, method, route (the path, never the query string: it can hold search words), status, duration, and the
 * signed-in user's id and the server action's name when the request had them. Nothing else: no names, e-mails,
 * form values, cookies or headers.
 *
 * It hooks Node's own HTTP server through diagnostics_channel ("http.server.request.start"), which fires before
 * Next sees the request: the request id is settled there (a proxy's X-Request-Id kept, else a new one), put on the
 * request for proxy.ts, pages and actions, and sent back in the response. The line is written when the response
 * closes, so the duration is the whole response, rendering included. Cost: one listener and one JSON.stringify per
 * request. A 5xx is logged at warn. Next's static files (/_next/static, /_next/image, favicon) and the load balancer's
 * polls of /api/health that answer 200 are many and rarely wanted: debug level only.
 */
import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { log } from "../log/log";
import { requestContextStorage, type RequestContext } from "../log/request-context";
import { requestIdOf } from "../log/request-id";

const QUIET = /^\/(?:_next\/static\/|_next\/image|favicon\.ico$|api\/health$)/;
let installed = false;

type RequestStart = { request: IncomingMessage; response: ServerResponse };

export function installRequestLog() {
  if (installed) return;
  installed = true;
  const storage = requestContextStorage();
  diagnostics.subscribe("http.server.request.start", (message) => {
    const { request, response } = message as RequestStart;
    const started = performance.now();
    const context: RequestContext = { requestId: requestIdOf(request.headers["x-request-id"]) };
    request.headers["x-request-id"] = context.requestId;
    response.setHeader("X-Request-Id", context.requestId);
    // The rest of this synchronous call is Node emitting "request" to Next: everything Next does for the request
    // runs in this context (and the next request on the connection enters its own).
    storage.enterWith(context);
    response.once("close", () => {
      const route = (request.url ?? "/").split("?")[0]!;
      const status = response.statusCode;
      log(status >= 500 ? "warn" : QUIET.test(route) ? "debug" : "info", {
        event: "request",
        requestId: context.requestId,
        method: request.method,
        route,
        status,
        durationMs: Math.round(performance.now() - started),
        ...(context.userId ? { userId: context.userId } : {}),
        ...(context.action ? { action: context.action } : {}),
        ...(response.writableFinished ? {} : { aborted: true }),
      });
    });
  });
}
