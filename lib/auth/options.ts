import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import { authenticate, SignInError } from "./authenticate";

const SESSION_HOURS = 8;

/**
 * The client's address, for the per-IP sign-in limit. X-Forwarded-For can be set by anyone, so it is only
 * believed behind a reverse proxy that sets it (TRUST_PROXY=1). Without it there is no per-IP limit — a shared
 * "unknown" bucket would let one client lock everybody out — and the per-account limit still applies.
 */
function clientIp(headers: Record<string, unknown> | undefined): string | null {
  if (process.env.TRUST_PROXY !== "1") return null;
  const forwarded = headers?.["x-forwarded-for"];
  // The LAST entry is the one our own proxy appended (the address it saw); earlier entries come from the client.
  const nearest = typeof forwarded === "string" ? forwarded.split(",").at(-1)?.trim() : undefined;
  return nearest || null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
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
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.municipalityId = user.municipalityId;
        token.officeId = user.officeId;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.uid,
        name: token.name ?? "",
        email: token.email ?? "",
        role: token.role,
        municipalityId: token.municipalityId,
        officeId: token.officeId,
      };
      return session;
    },
  },
};
