/**
 * Whether the app is served over HTTPS — decided at RUN time from NEXTAUTH_URL (the rule next-auth itself uses
 * for its cookies), never from the URL at build time: the same build runs behind HTTP in tests and HTTPS in
 * production. Used for HSTS (proxy.ts) and the cookies' `__Secure-` names and `Secure` flag (lib/auth/auth-cookies.ts).
 */
export function usesHttps(env: Record<string, string | undefined> = process.env): boolean {
  return (env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export const HSTS = "max-age=31536000; includeSubDomains";
