import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { encode } from "next-auth/jwt";
import { db } from "../db";
import { log } from "../log/log";
import { authenticate, SignInError, type SignedInUser } from "./authenticate";
import { authCookies, usesHttps } from "./auth-cookies";
import { OIDC_PROVIDER_ID, oidcProvider, oidcSettings, type OidcProfile } from "./oidc";
import { readSessionUser, SessionEnded } from "./read-session-user";
import { SESSION_SECONDS, sessionSecondsLeft } from "./session-lifetime";

/**
 * The client's address, for the per-address sign-in limit. X-Forwarded-For can be set by anyone, so it is only
 * believed behind a reverse proxy that sets it (TRUST_PROXY=1). Without it there is no per-address limit — a shared
 * "unknown" bucket would let one client slow everybody down — and the per-account limit still applies.
 */
function clientIp(headers: Record<string, unknown> | undefined): string | null {
  if (process.env.TRUST_PROXY !== "1") return null;
  const forwarded = headers?.["x-forwarded-for"];
  // The LAST entry is the one our own proxy appended (the address it saw); earlier entries come from the client.
  const nearest = typeof forwarded === "string" ? forwarded.split(",").at(-1)?.trim() : undefined;
  return nearest || null;
}

const oidc = oidcSettings();

export const authOptions: NextAuthOptions = {
  // The cookie's own expiry; the token's is the session's absolute end (jwt.encode below).
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  useSecureCookies: usesHttps(),
  cookies: authCookies(),
  jwt: {
    // Never renewed past signedInAt + 8 h, however often the session is fetched (lib/auth/session-lifetime.ts).
    encode: (params) => encode({ ...params, maxAge: params.token ? sessionSecondsLeft(params.token) : params.maxAge }),
  },
  providers: [
    CredentialsProvider({
      name: "E-mail og adgangskode",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Adgangskode", type: "password" } },
      async authorize(credentials, req) {
        try {
          return await authenticate({ db, credentials, clientIp: clientIp(req?.headers) });
        } catch (error) {
          // Only our own error codes reach the browser; the form maps them to Danish text.
          if (error instanceof SignInError) throw new Error(error.message);
          throw new Error("CredentialsSignin");
        }
      },
    }),
    ...(oidc ? [oidcProvider(oidc, db)] : []),
  ],
  callbacks: {
    signIn({ user, account }) {
      const refusal = account?.provider === OIDC_PROVIDER_ID ? (user as OidcProfile).refusal : undefined;
      return refusal ? `/login?error=${refusal}` : true;
    },
    async jwt({ token, user }) {
      if (user) {
        // Sign-in (password or organisation): the session starts now, under the user's current session version.
        const signedIn = user as SignedInUser;
        return {
          ...token,
          uid: signedIn.id,
          sv: signedIn.sessionVersion,
          signedInAt: Math.floor(Date.now() / 1000),
          name: signedIn.name,
          email: signedIn.email,
          role: signedIn.role,
          municipalityId: signedIn.municipalityId,
          officeId: signedIn.officeId,
          regionId: signedIn.regionId,
        };
      }
      // Every later request: the database decides whether the session still holds, and who the user is now.
      const result = await readSessionUser({ db, claims: token });
      if ("ended" in result) throw new SessionEnded(result.ended);
      const { id, name, email, role, municipalityId, officeId, regionId } = result.user;
      return { ...token, uid: id, name, email, role, municipalityId, officeId, regionId };
    },
    session({ session, token }) {
      session.user = {
        id: token.uid,
        name: token.name ?? "",
        email: token.email ?? "",
        role: token.role,
        municipalityId: token.municipalityId,
        officeId: token.officeId,
        regionId: token.regionId,
      };
      return session;
    },
  },
  // next-auth's own messages as JSON lines (lib/log/log.ts). An ended session is expected, not an error.
  logger: {
    error(code, metadata) {
      const cause = (metadata as { message?: string; name?: string; stack?: string } | undefined) ?? {};
      if (code === "JWT_SESSION_ERROR") {
        const reason = cause.name === "SessionEnded" ? cause.message : "invalid or expired token";
        log("info", { event: "auth.session_ended", code, reason });
      } else log("error", { event: "auth.error", code, message: cause.message, stack: cause.stack });
    },
    warn(code) {
      log("warn", { event: "auth.warning", code });
    },
    debug() {},
  },
};
