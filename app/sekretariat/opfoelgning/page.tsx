import type { Metadata } from "next";
import Link from "next/link";
import { requireRegionPeriod } from "@/lib/periods/require-period";
import { kkrParam, NoPeriod, PeriodBar } from "../period-bar";
import { loadFollowUp } from "@/lib/secretariat/load-follow-up";
import { formatCount, formatDate, formatKroner } from "@/lib/format";
import { loadOverduePayments } from "@/lib/billing/load-payments";
import { CopyButton } from "@/components/copy-button";
import { YearPicker } from "@/components/year-picker";

export const metadata: Metadata = { title: "Opfølgning" };

export default async function FollowUpPage({
  searchParams,
}: {
  searchParams: Promise<{ aar?: string; periode?: string; kkr?: string }>;
}) {
  const { aar, periode, kkr } = await searchParams;
  const context = await requireRegionPeriod({ permission: "secretariat.view", periode, kkr });
  if (!context.period) return <NoPeriod context={context} />;
  const [followUp, overdue] = await Promise.all([
    loadFollowUp({ agreementId: context.period.id, year: aar }),
    loadOverduePayments({ agreementId: context.period.id }),
  ]);
  if (!followUp) return <NoPeriod context={context} />;
  const keep = { periode: context.period.id, kkr: kkrParam(context) };

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Opfølgning: manglende beslutninger {followUp.year}</h1>
        <p className="text-slate-700" data-testid="follow-up-intro">
          {/* What the portal does by itself (lib/notices/schedule-decision-reminders.ts), so nobody reminds twice. */}
          {followUp.offices.some((office) => office.dueDate)
            ? "Fristen for beslutninger står ved hvert kontor. Kontaktpersonerne i de kommuner, der mangler, får selv " +
              "en påmindelse på mail 30 og 7 dage før kontorets frist og én, når den er overskredet. "
            : "Der er ikke sat en frist for beslutninger, så portalen sender ingen påmindelser (fristen sættes under " +
              "Indstillinger). "}
          Vil I skrive til kontaktpersonerne selv, kan I kopiere deres e-mailadresser herunder.
        </p>
      </div>
      <PeriodBar context={context} period={context.period} />
      {overdue.length > 0 && (
        <section
          aria-labelledby="overdue-heading"
          className="rounded-lg border border-red-300 bg-red-50 p-4"
          data-testid="overdue-payments"
        >
          <h2 id="overdue-heading" className="text-lg font-semibold text-red-900">
            Forfaldne betalinger ({overdue.length})
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {overdue.map((row) => (
              <li key={`${row.officeId}-${row.year}-${row.code}`}>
                {row.name}, {row.officeName} {row.year}: {formatKroner(row.overdue)} mangler, forfaldt{" "}
                {formatDate(row.dueDate!)} (faktura {row.invoices.map((i) => i.reference).join(", ")})
              </li>
            ))}
          </ul>
        </section>
      )}
      <YearPicker years={followUp.years} current={followUp.year} params={keep} />
      {followUp.allEmails.length > 0 && (
        <CopyButton
          text={followUp.allEmails.join("; ")}
          label={`Kopiér alle ${followUp.allEmails.length} e-mailadresser`}
        />
      )}
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
          <p className="text-sm text-slate-700" data-testid="follow-up-due">
            {office.dueDate
              ? `Frist: ${formatDate(office.dueDate)} (${office.ownDueDate ? "kontorets egen frist" : "periodens frist"})`
              : "Ingen frist sat: portalen sender ingen påmindelser om kontoret"}
            {office.overdue && (
              <strong className="ml-2 font-semibold text-red-800">
                <span aria-hidden="true">⚠ </span>Fristen er overskredet
              </strong>
            )}
          </p>
          {office.missing.length === 0 ? (
            <p className="text-green-900">Alle kommuner har registreret en beslutning.</p>
          ) : (
            <>
              <p>{formatCount(office.missing.length, "kommune mangler", "kommuner mangler")} en beslutning.</p>
              <ul className="mt-2 space-y-1">
                {office.missing.map((m) => (
                  <li key={m.code}>
                    <Link
                      href={`/kommuner/${m.code}?periode=${followUp.agreement.id}`}
                      className="text-brand-700 underline"
                    >
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
