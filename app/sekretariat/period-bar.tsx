import Link from "next/link";
import { PeriodPicker, RegionPicker } from "@/components/period-picker";
import type { RegionSummary } from "@/lib/periods/require-period";
import type { PeriodSummary } from "@/lib/periods/pick-period";
import { periodHref } from "@/lib/periods/period-href";

type Context = { region: RegionSummary; regions: RegionSummary[]; periods: PeriodSummary[] };

/** Which KKR and period a secretariat page is about, and the others (issue 12). */
export function PeriodBar({
  context,
  period,
  params = {},
}: {
  context: Context;
  period: PeriodSummary;
  params?: Record<string, string | undefined>;
}) {
  return (
    <div className="space-y-2">
      <RegionPicker regions={context.regions} current={context.region} />
      <PeriodPicker periods={context.periods} current={period} params={{ ...params, kkr: kkrParam(context) }} />
    </div>
  );
}

/** The region's code in links, when the user can choose among regions (an administrator). */
export function kkrParam(context: { region: RegionSummary; regions: RegionSummary[] }): string | undefined {
  return context.regions.length > 1 ? context.region.code : undefined;
}

export function NoPeriod({ context }: { context: Context }) {
  return (
    <div className="space-y-3">
      <RegionPicker regions={context.regions} current={context.region} />
      <p className="rounded border border-slate-300 bg-white p-4">
        {context.region.kkrName} har ingen aftaleperioder endnu.{" "}
        <Link
          href={periodHref("/sekretariat/perioder", { kkr: kkrParam(context) })}
          className="text-brand-700 underline"
        >
          Opret den første periode
        </Link>
        .
      </p>
    </div>
  );
}
