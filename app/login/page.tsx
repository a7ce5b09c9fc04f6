import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Log ind" };

export default async function LoginPage() {
  if (await getSessionUser()) redirect("/");
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
