import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { loadMyNotices } from "@/lib/notices/load-my-notices";
import { NoticePreferencesForm } from "./notice-preferences-form";

export const metadata: Metadata = { title: "Mine notifikationer" };

const INTRO = "Klyngeportalen sender dig en mail, når der sker noget, du skal vide eller gøre noget ved.";

export default async function MyNoticesPage() {
  const user = await requirePermission("notices.own");
  const choices = await loadMyNotices({ user });
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Mine notifikationer</h1>
        <p className="mt-1 text-slate-700">
          {INTRO} Mailene sendes til <strong>{user.email}</strong>.
        </p>
      </div>
      {choices.length === 0 ? (
        <p className="rounded border border-slate-300 bg-white p-4">Din rolle får ingen notifikationer.</p>
      ) : (
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <NoticePreferencesForm choices={choices} />
        </section>
      )}
    </div>
  );
}
