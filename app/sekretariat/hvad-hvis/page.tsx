import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { loadCurrentAgreementCached } from "@/lib/shares/agreement-cache";
import { pickYear } from "@/lib/shares/pick-year";
import { YearPicker } from "@/components/year-picker";
import { WhatIfSandbox, type SandboxOffice } from "./what-if-sandbox";

export const metadata: Metadata = { title: "Hvad nu hvis" };

export default async function WhatIfPage({
  searchParams,
}: {
  searchParams: Promise<{ aar?: string; scenarie?: string }>;
}) {
  await requirePermission("secretariat.view");
  const { aar, scenarie } = await searchParams;
  const view = await loadCurrentAgreementCached(db);
  if (!view) return <p>Der er ingen aftaler endnu.</p>;
  const { agreement } = view;
  const year = pickYear(view.years, aar);
  const offices: SandboxOffice[] = view.input.offices.map((office) => {
    const entry = view.allocationFor(office.id, year);
    const meta = view.offices.find((o) => o.id === office.id)!;
    return {
      id: office.id,
      slug: meta.slug,
      name: meta.name,
      leads: office.leads,
      poolOverride: office.poolOverrides.find((p) => p.year === year)?.amount,
      states: Object.fromEntries(entry.states.map((s) => [s.code, s.state])),
    };
  });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Hvad nu hvis? {year}</h1>
        <p className="text-slate-700">
          Skift kommunernes beslutninger og se fordelingen og status blive beregnet med det samme. Intet bliver gemt.
        </p>
      </div>
      <YearPicker years={view.years} current={year} />
      <WhatIfSandbox
        year={year}
        nonLeadPool={agreement.nonLeadPool}
        thresholdBasisPoints={agreement.thresholdBasisPoints}
        municipalities={view.input.municipalities}
        offices={offices}
        initialScenario={scenarie ?? ""}
      />
    </div>
  );
}
