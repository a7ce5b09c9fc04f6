import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import { authenticate, SignInError } from "./authenticate";

const SESSION_HOURS = 8;

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || (typeof headers?.["x-real-ip"] === "string" ? (headers["x-real-ip"] as string) : "ukendt");
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
          return await authenticate(db, credentials, clientIp(req?.headers));
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
