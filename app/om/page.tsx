import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Om Klyngeportalen" };
// Rendered per request like every page of the app; reads no database (the benchmark's baseline).
export const dynamic = "force-dynamic";

export default function AboutPage() {
  return (
    <div className="mx-auto max-w-2xl space-y-3">
      <h1 className="text-2xl font-semibold">Om Klyngeportalen</h1>
      <p>
        Klyngeportalen samler kommunernes beslutninger om medfinansiering af de regionale klyngekontorer. Kommunerne
        registrerer byrådets beslutning pr. kontor, KKR-sekretariatet følger deltagelsen og fordelingen, og
        klyngekontorerne afleverer deres årlige evalueringer.
      </p>
      <p>
        Fordelingen følger KKR&apos;s anbefaling: leadkommunen betaler et fast bidrag, og puljen fordeles efter
        indbyggertal blandt de deltagende kommuner.
      </p>
      <Link href="/login" className="text-brand-700 underline">
        Log ind
      </Link>
    </div>
  );
}
