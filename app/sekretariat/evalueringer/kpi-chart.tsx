import { formatNumber } from "@/lib/format";

/** A plain horizontal bar chart (SVG). The table below it carries the same numbers for screen readers. */
export function KpiChart({ rows, title }: { rows: { label: string; value: number }[]; title: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowHeight = 26;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 font-medium">{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}: ${rows.map((r) => `${r.label} ${formatNumber(r.value)}`).join(", ")}`}
        viewBox={`0 0 640 ${rows.length * rowHeight}`}
        className="w-full"
      >
        {rows.map((r, i) => (
          <g key={r.label} transform={`translate(0, ${i * rowHeight})`}>
            <text x="0" y="17" fontSize="12" fill="#0f172a">
              {r.label}
            </text>
            <rect x="260" y="5" height="16" width={(r.value / max) * 320} fill="#1d4f86" />
            <text x={266 + (r.value / max) * 320} y="17" fontSize="12" fill="#0f172a">
              {formatNumber(r.value)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
