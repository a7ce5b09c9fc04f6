import { periodHref } from "@/lib/periods/period-href";
import { periodLabel } from "@/lib/format";

type Period = { id: string; name: string; firstYear: number; lastYear: number };

/**
 * Which period the page is about, and the others one click away (issue 12). Keeps the page's other parameters
 * (not the year: each period has its own years).
 */
export function PeriodPicker({
  periods,
  current,
  params = {},
  hrefOf,
}: {
  periods: Period[];
  current: Period;
  params?: Record<string, string | undefined>;
  /** Where a period's link goes, when it is another page (an office's other periods); default: this page. */
  hrefOf?: (period: Period) => string;
}) {
  return (
    <nav aria-label="Vælg periode" className="no-print flex flex-wrap items-center gap-2" data-testid="period-picker">
      <span className="text-sm font-medium text-slate-700">Periode:</span>
      {periods.map((period) => (
        <a
          key={period.id}
          href={hrefOf ? hrefOf(period) : periodHref("", { ...params, periode: period.id })}
          aria-current={period.id === current.id ? "page" : undefined}
          className={`rounded border px-3 py-1 text-sm ${period.id === current.id ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
        >
          {periodLabel(period)}
        </a>
      ))}
    </nav>
  );
}

/** An administrator's choice of KKR region (a secretariat has only its own). */
export function RegionPicker({
  regions,
  current,
}: {
  regions: { id: string; code: string; kkrName: string }[];
  current: { id: string };
}) {
  if (regions.length < 2) return null;
  return (
    <nav aria-label="Vælg KKR" className="no-print flex flex-wrap items-center gap-2" data-testid="region-picker">
      <span className="text-sm font-medium text-slate-700">KKR:</span>
      {regions.map((region) => (
        <a
          key={region.id}
          href={periodHref("", { kkr: region.code })}
          aria-current={region.id === current.id ? "page" : undefined}
          className={`rounded border px-3 py-1 text-sm ${region.id === current.id ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
        >
          {region.kkrName}
        </a>
      ))}
    </nav>
  );
}
