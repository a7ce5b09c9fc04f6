import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/format";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Min konto" };

export default async function AccountPage() {
  const user = await requirePermission("account.manage");
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-semibold">Min konto</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Navn</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium">E-mail</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium">Rolle</dt>
        <dd>{ROLE_LABELS[user.role] ?? user.role}</dd>
      </dl>
      <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="password-heading" className="mb-1 text-lg font-semibold">
          Skift adgangskode
        </h2>
        <p className="mb-3 text-slate-700">
          Når du skifter adgangskode, bliver du logget ud på alle dine andre enheder.
        </p>
        <PasswordForm />
      </section>
      <p className="text-slate-700">«Log ud» øverst på siden logger dig ud på alle enheder, hvor du er logget ind.</p>
    </div>
  );
}
