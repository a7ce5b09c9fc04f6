/**
 * Route handlers (downloads, exports) use the same scoped loaders as pages, which call notFound(). In a route
 * handler Next answers that with an empty 404, which a browser shows as its own error page; this wrapper answers
 * with a short Danish text instead. Redirects (to the sign-in page) and real errors pass through.
 */
import "server-only";

type Handler<Context> = (request: Request, context: Context) => Promise<Response>;

function isNotFound(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404");
}

export function routeHandler<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      return new Response("Ikke fundet", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
  };
}
