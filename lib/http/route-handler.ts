/**
 * Route handlers (downloads, exports) use the same scoped loaders as pages, which call notFound(). In a route
 * handler Next answers that with an empty 404, which a browser shows as its own error page; this wrapper answers
 * with a short Danish page instead, in the words of the app's own (app/not-found.tsx), with the way back: a download
 * link is opened in the browser, so its answer is read by a person. Redirects (to the sign-in page) and real errors
 * pass through.
 */
import "server-only";

const NOT_FOUND_PAGE =
  '<!doctype html><html lang="da"><head><meta charset="utf-8">' +
  '<meta name="viewport" content="width=device-width, initial-scale=1">' +
  "<title>Siden findes ikke – Klyngeportalen</title>" +
  // The app's look in a few lines (its header bar, font and link colour; app/globals.css): the stylesheet's name
  // changes with each build, and this answer is written without a page around it.
  "<style>body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;" +
  "color:#0f172a;background:#f8fafc}header{background:#102c4b;color:#fff;padding:.75rem 1rem;font-weight:600}" +
  "main{max-width:32rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.5rem;font-weight:600;margin:0}" +
  "p{color:#334155}a{color:#1d4f86;text-decoration:underline}a:focus-visible{outline:2px solid #1d4f86;" +
  "outline-offset:2px}</style></head>" +
  "<body><header>Klyngeportalen</header><main><h1>Siden findes ikke</h1>" +
  "<p>Filen findes ikke, eller du har ikke adgang til den.</p>" +
  '<p><a href="/">Gå til forsiden</a></p></main></body></html>';

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
      return new Response(NOT_FOUND_PAGE, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8" } });
    }
  };
}
