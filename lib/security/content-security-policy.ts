/**
 * The Content-Security-Policy (docs/decisions/0007-hardening.md). Scripts only with this request's nonce
 * ('strict-dynamic' lets Next's own chunks load); styles from our CSS file, plus inline style attributes that
 * React and Next's route announcer use; nothing may frame the app; forms post only to ourselves.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
