import type { Metadata } from "next";
import Link from "next/link";
import { requireDecisionForm } from "@/lib/decisions/require-decision-form";
import { COUNCIL_BODIES } from "@/lib/decisions/decision-schema";
import { danishIsoDate, now } from "@/lib/clock";
import { DecisionForm } from "./decision-form";
import { PeriodPicker } from "@/components/period-picker";
import { DecisionDeadlineNote } from "@/components/decision-deadline-note";
import { loadPendingDeadlines } from "@/lib/municipalities/pending-deadlines";

export const metadata: Metadata = { title: "Registrér beslutning" };

export default async function NewDecisionPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ periode?: string }>;
}) {
  const { code } = await params;
  const { periode } = await searchParams;
  const { user, municipality, agreement, periods, offices, correctable } = await requireDecisionForm({ code, periode });
  const onBehalf = user.municipalityId !== municipality.id;

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/kommuner/${code}?periode=${agreement.id}`} className="text-brand-700 underline">
          ← {municipality.name} Kommune
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Registrér byrådets beslutning</h1>
        <PeriodPicker periods={periods} current={agreement} />
        <p className="text-slate-700">
          {agreement.name} · {municipality.name} Kommune
        </p>
        {onBehalf && (
          <p className="mt-2 rounded border border-brand-700/40 bg-brand-50 p-3">
            Du registrerer som KKR-sekretariat på vegne af {municipality.name} Kommune. Det bliver markeret ved
            beslutningen.
          </p>
        )}
      </div>
      {/* The rule of the municipality's page: an office with a year still undecided (also after a decision «fra 2027»). */}
      <DecisionDeadlineNote
        offices={await loadPendingDeadlines({
          code: municipality.code,
          periods: periods.filter((p) => p.id === agreement.id),
          currentId: agreement.id,
        })}
        today={now()}
      />
      <DecisionForm
        municipalityCode={code}
        periodId={agreement.id}
        offices={offices}
        correctable={correctable}
        firstYear={agreement.firstYear}
        lastYear={agreement.lastYear}
        today={danishIsoDate(now())}
        councilBodies={[...COUNCIL_BODIES]}
        onBehalfOf={onBehalf ? municipality.name : undefined}
      />
    </div>
  );
}
