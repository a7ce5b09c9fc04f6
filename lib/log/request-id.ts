/**
 * The request id (X-Request-Id): an id a reverse proxy sends is kept if it is a plain token, so its access log and
 * ours can be joined; anything else (absent, too long, odd characters) is replaced by a fresh UUID.
 * No Node.js imports: proxy.ts uses this too.
 */
export function acceptedRequestId(value: string | string[] | null | undefined): string | undefined {
  return typeof value === "string" && /^[\w.:-]{8,128}$/.test(value) ? value : undefined;
}

export function requestIdOf(value: string | string[] | null | undefined): string {
  return acceptedRequestId(value) ?? crypto.randomUUID();
}
