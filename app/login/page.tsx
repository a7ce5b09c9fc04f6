import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { startPathFor } from "@/lib/auth/start-path";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Log ind" };

export default async function LoginPage() {
  // Already signed in: straight to the start page, on the server.
  const user = await getSessionUser();
  if (user) redirect((await startPathFor(user)) ?? "/");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">Log ind</h1>
      <p className="mt-2 text-slate-700">
        Klyngeportalen samler kommunernes beslutninger om medfinansiering af de regionale klyngekontorer.
      </p>
      <LoginForm />
    </div>
  );
}
