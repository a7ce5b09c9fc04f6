import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { loadFollowUp } from "@/lib/secretariat/load-follow-up";
import { formatDate } from "@/lib/format";
import { CopyButton } from "@/components/copy-button";
import { YearPicker } from "@/components/year-picker";

export const metadata: Metadata = { title: "Opfølgning" };

export default async function FollowUpPage({ searchParams }: { searchParams: Promise<{ aar?: string }> }) {
  await requirePermission("secretariat.view");
  const followUp = await loadFollowUp({ year: (await searchParams).aar });
  if (!followUp) return <p>Der er ingen aftaler endnu.</p>;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Opfølgning: manglende beslutninger {followUp.year}</h1>
        <p className="text-slate-700">
          {followUp.agreement.decisionDueDate
            ? `Frist for beslutninger: ${formatDate(followUp.agreement.decisionDueDate)}. `
            : "Der er ikke sat en frist for beslutninger. "}
          Kopiér kontaktpersonernes e-mailadresser og send dem en påmindelse.
        </p>
      </div>
      <YearPicker years={followUp.years} current={followUp.year} />
      <CopyButton
        text={followUp.allEmails.join("; ")}
        label={`Kopiér alle ${followUp.allEmails.length} e-mailadresser`}
      />
      {followUp.offices.map((office) => (
        <section
          key={office.id}
          aria-labelledby={`fu-${office.id}`}
          className="rounded-lg border border-slate-200 bg-white p-4"
          data-testid="follow-up-office"
        >
          <h2 id={`fu-${office.id}`} className="text-lg font-semibold">
            {office.name}
          </h2>
          {office.missing.length === 0 ? (
            <p className="text-green-900">Alle kommuner har registreret en beslutning.</p>
          ) : (
            <>
              <p>{office.missing.length} kommuner mangler en beslutning.</p>
              <ul className="mt-2 space-y-1">
                {office.missing.map((m) => (
                  <li key={m.code}>
                    <Link href={`/kommuner/${m.code}`} className="text-brand-700 underline">
                      {m.name}
                    </Link>
                    {": "}
                    {m.emails.length ? m.emails.join(", ") : <em>ingen aktiv kontaktperson</em>}
                  </li>
                ))}
              </ul>
              <div className="mt-2">
                <CopyButton text={office.missing.flatMap((m) => m.emails).join("; ")} label="Kopiér e-mailadresser" />
              </div>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
