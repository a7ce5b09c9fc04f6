/**
 * Runs before every page request: a fresh CSP nonce per request (Next applies it to its own scripts when it
 * finds the policy on the request); HSTS when the app is served over HTTPS, decided at run time; and an early,
 * Danish refusal of a request body over the app's limit (lib/files/request-limit.ts) before anything parses it.
 * Access control is NOT done here — every page and action checks it itself.
 */
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/security/content-security-policy";
import { HSTS, usesHttps } from "./lib/security/https";
import { bodyTooLarge, REQUEST_TOO_LARGE } from "./lib/files/request-limit";
import { requestIdOf } from "./lib/log/request-id";

export async function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD" && (await bodyTooLarge(request))) {
    return withHsts(
      new NextResponse(REQUEST_TOO_LARGE, {
        status: 413,
        headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close" },
      }),
    );
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  // For server-rendered navigation that marks the current page (no client code needed for it).
  requestHeaders.set("x-pathname", request.nextUrl.pathname);
  requestHeaders.set("x-search", request.nextUrl.search);
  // One id per request, for the structured log lines of everything this request does (lib/log/log.ts): the one
  // the request log settled before Next saw the request (lib/ops/request-log.ts), or a fresh one without it.
  requestHeaders.set("x-request-id", requestIdOf(request.headers.get("x-request-id")));
  // A query name given twice (`?aar=2022&aar=2023`) is a malformed URL: no page or form of the app sends one, and a
  // page would otherwise get an array where it expects text. Not found, like a year that is not one (pick-year.ts).
  const response = hasRepeatedName(request.nextUrl.searchParams)
    ? NextResponse.rewrite(new URL(MALFORMED_QUERY_PATH, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return withHsts(response);
}

/** No route has this path, so Next answers it with the app's own «Siden findes ikke» and status 404. */
const MALFORMED_QUERY_PATH = "/_ugyldig-adresse";

function hasRepeatedName(params: URLSearchParams) {
  const names = [...params.keys()];
  return new Set(names).size !== names.length;
}

function withHsts(response: NextResponse) {
  if (usesHttps()) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Pages and route handlers; not Next's static files.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
