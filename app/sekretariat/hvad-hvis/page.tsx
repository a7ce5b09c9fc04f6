import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { loadWhatIf } from "@/lib/secretariat/load-what-if";
import { YearPicker } from "@/components/year-picker";
import { WhatIfSandbox } from "./what-if-sandbox";

export const metadata: Metadata = { title: "Hvad nu hvis" };

export default async function WhatIfPage({
  searchParams,
}: {
  searchParams: Promise<{ aar?: string; scenarie?: string }>;
}) {
  await requirePermission("secretariat.view");
  const { aar, scenarie } = await searchParams;
  const whatIf = await loadWhatIf({ year: aar });
  if (!whatIf) return <p>Der er ingen aftaler endnu.</p>;
  const { agreement, year, offices } = whatIf;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Hvad nu hvis? {year}</h1>
        <p className="text-slate-700">
          Skift kommunernes beslutninger og se fordelingen og status blive beregnet med det samme. Intet bliver gemt.
        </p>
      </div>
      <YearPicker years={whatIf.years} current={year} />
      <WhatIfSandbox
        year={year}
        nonLeadPool={agreement.nonLeadPool}
        thresholdBasisPoints={agreement.thresholdBasisPoints}
        municipalities={whatIf.municipalities}
        offices={offices}
        initialScenario={scenarie ?? ""}
      />
    </div>
  );
}
