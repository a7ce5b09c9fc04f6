import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/format";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const user = await getSessionUser();
  return (
    <header className="on-dark no-print border-b border-brand-900 bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-2 sm:py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Klyngeportalen
        </Link>
        {user && (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            {can(user, "outbox.manage") && (
              <Link href="/drift/udgaaende-post" className="underline">
                Udgående post
              </Link>
            )}
            <Link href="/notifikationer" className="underline">
              Mine notifikationer
            </Link>
            <Link href="/konto" className="hover:underline">
              {user.name}
              {/* On a phone the role took a line of its own; Min konto names it. */}
              <span className="sr-only sm:not-sr-only text-brand-100"> · {ROLE_LABELS[user.role] ?? user.role}</span>
            </Link>
            <SignOutButton />
          </div>
        )}
      </div>
    </header>
  );
}
