import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { oidcSettings } from "@/lib/auth/oidc";
import { signInErrorMessage } from "@/lib/auth/sign-in-schema";
import { startPathFor } from "@/lib/auth/start-path";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Log ind" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  const { error } = await searchParams;
  // Already signed in: straight to the start page, on the server.
  const user = await getSessionUser();
  if (user) redirect((await startPathFor(user)) ?? "/");
  // Organisation sign-in (lib/auth/oidc.ts): the button when configured; its refusals come back in ?error=.
  const oidc = oidcSettings();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">Log ind</h1>
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
