import type { Metadata } from "next";
import { requireRegionPeriod } from "@/lib/periods/require-period";
import { kkrParam, NoPeriod, PeriodBar } from "../period-bar";
import { loadWhatIf } from "@/lib/secretariat/load-what-if";
import { YearPicker } from "@/components/year-picker";
import { WhatIfSandbox } from "./what-if-sandbox";

export const metadata: Metadata = { title: "Hvad nu hvis" };

export default async function WhatIfPage({
  searchParams,
}: {
  searchParams: Promise<{ aar?: string; scenarie?: string; periode?: string; kkr?: string }>;
}) {
  const { aar, scenarie, periode, kkr } = await searchParams;
  const context = await requireRegionPeriod({ permission: "secretariat.view", periode, kkr });
  if (!context.period) return <NoPeriod context={context} />;
  const whatIf = await loadWhatIf({ agreementId: context.period.id, year: aar });
  if (!whatIf) return <NoPeriod context={context} />;
  const { agreement, year, offices } = whatIf;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Hvad nu hvis? {year}</h1>
        <p className="text-slate-700">
          Skift kommunernes beslutninger og se fordelingen og status blive beregnet med det samme. Intet bliver gemt.
        </p>
      </div>
      <PeriodBar context={context} period={context.period} />
      <YearPicker years={whatIf.years} current={year} params={{ periode: context.period.id, kkr: kkrParam(context) }} />
      <WhatIfSandbox
        year={year}
        thresholdBasisPoints={agreement.thresholdBasisPoints}
        municipalities={whatIf.municipalities}
        offices={offices}
        initialScenario={scenarie ?? ""}
      />
    </div>
  );
}
