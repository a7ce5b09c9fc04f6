import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { oidcSettings } from "@/lib/auth/oidc";
import { signInErrorMessage } from "@/lib/auth/sign-in-schema";
import { startPathFor } from "@/lib/auth/start-path";
import { authCookies } from "@/lib/auth/auth-cookies";
import { LoginForm } from "./login-form";
import { RefreshOnce } from "./refresh-once";

export const metadata: Metadata = { title: "Log ind" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  const { error } = await searchParams;
  // Already signed in: straight to the start page, on the server.
  const user = await getSessionUser();
  if (user) redirect((await startPathFor(user)) ?? "/");
  // Organisation sign-in (lib/auth/oidc.ts): the button when configured; its refusals come back in ?error=.
  const oidc = oidcSettings();
  // A session cookie, but no session: it was ended elsewhere («Log ud» on another device, a new password, the
  // secretariat) or ran out. Said, so a form that brought the user here does not look like it was simply lost.
  const cookieName = authCookies().sessionToken.name;
  const ended = (await cookies()).getAll().some((c) => c.name === cookieName || c.name.startsWith(`${cookieName}.`));
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">Log ind</h1>
      {ended && (
        <>
          <RefreshOnce />
          <p role="status" className="mt-3 rounded border border-amber-400 bg-amber-50 p-3" data-testid="session-ended">
            Du er blevet logget ud, fordi din session er afsluttet: du loggede ud på en anden enhed, din adgangskode
            blev skiftet, eller sessionen udløb. Log ind igen for at fortsætte. Det, du var ved at indtaste, er ikke
            gemt.
          </p>
        </>
      )}
      <p className="mt-2 text-slate-700">
        Klyngeportalen samler kommunernes beslutninger om medfinansiering af de regionale klyngekontorer.
      </p>
      <LoginForm
        oidcLabel={oidc?.label}
        initialError={typeof error === "string" ? signInErrorMessage(error.slice(0, 40)) : undefined}
      />
    </div>
  );
}
