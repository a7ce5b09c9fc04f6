/**
 * next-auth's cookies, named and flagged in ONE place (docs/decisions/0012-trust-part-two.md). Behind HTTPS
 * (decided at run time from NEXTAUTH_URL, the rule next-auth itself uses) the names carry the `__Secure-` /
 * `__Host-` prefix and every cookie the `Secure` attribute — when next-auth sets them (authOptions.cookies), when
 * the app sets the session cookie itself (after a password change), and when sign-out deletes them. A delete
 * without `Secure` is ignored by browsers for a `__Secure-` cookie: the session would survive sign-out.
 */
import "server-only";
import { decode, encode, type JWT } from "next-auth/jwt";
import { sessionSecondsLeft } from "./session-lifetime";
import { usesHttps } from "../security/https";

type CookieOptions = { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge?: number };
type CookieJar = {
  getAll(): { name: string; value: string }[];
  set(options: CookieOptions & { name: string; value: string; expires?: Date }): unknown;
};

export { usesHttps };

/** next-auth's cookie table (`authOptions.cookies`), for the protocol in use. */
export function authCookies() {
  const secure = usesHttps();
  const prefix = secure ? "__Secure-" : "";
  const options: CookieOptions = { httpOnly: true, sameSite: "lax", path: "/", secure };
  const shortLived: CookieOptions = { ...options, maxAge: 15 * 60 };
  return {
    sessionToken: { name: `${prefix}next-auth.session-token`, options },
    callbackUrl: { name: `${prefix}next-auth.callback-url`, options },
    csrfToken: { name: `${secure ? "__Host-" : ""}next-auth.csrf-token`, options },
    pkceCodeVerifier: { name: `${prefix}next-auth.pkce.code_verifier`, options: shortLived },
    state: { name: `${prefix}next-auth.state`, options: shortLived },
    nonce: { name: `${prefix}next-auth.nonce`, options },
  };
}

/** Sign-out: every auth cookie (and a chunked session cookie's parts) expired, with the attributes it was set with. */
export function clearAuthCookies(jar: CookieJar) {
  const cookies = Object.values(authCookies());
  for (const { name } of jar.getAll()) {
    const cookie = cookies.find((c) => name === c.name || name.startsWith(`${c.name}.`));
    if (cookie) jar.set({ ...cookie.options, name, value: "", maxAge: 0, expires: new Date(0) });
  }
}

/** The signed-in session's token, decoded (null without a valid one). */
export async function readSessionToken(jar: CookieJar): Promise<JWT | null> {
  const { name } = authCookies().sessionToken;
  const parts = jar.getAll().filter((c) => c.name === name || c.name.startsWith(`${name}.`));
  const whole = parts.find((c) => c.name === name)?.value ?? chunked(parts, name);
  if (!whole) return null;
  return decode({ token: whole, secret: secret() }).catch(() => null);
}

/** Writes the session cookie anew for a changed token (same absolute end as before: see session-lifetime.ts). */
export async function writeSessionToken(jar: CookieJar, token: JWT) {
  const { name, options } = authCookies().sessionToken;
  const maxAge = sessionSecondsLeft(token);
  const value = await encode({ token, secret: secret(), maxAge });
  clearChunks(jar, name);
  jar.set({ ...options, name, value, maxAge, expires: new Date(Date.now() + maxAge * 1000) });
}

/** The parts of a session cookie next-auth had to split (over 4 kB): replaced by the one written. */
function clearChunks(jar: CookieJar, name: string) {
  const { options } = authCookies().sessionToken;
  for (const cookie of jar.getAll())
    if (cookie.name.startsWith(`${name}.`)) jar.set({ ...options, name: cookie.name, value: "", maxAge: 0 });
}

function chunked(parts: { name: string; value: string }[], name: string): string | undefined {
  if (!parts.length) return undefined;
  const index = (c: { name: string }) => Number(c.name.slice(name.length + 1));
  return [...parts]
    .sort((a, b) => index(a) - index(b))
    .map((c) => c.value)
    .join("");
}

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set");
  return value;
}
