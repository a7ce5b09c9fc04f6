/** Year links that keep the page's other query parameters. */
export function YearPicker({
  years,
  current,
  params = {},
}: {
  years: number[];
  current: number;
  params?: Record<string, string | undefined>;
}) {
  const href = (year: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, aar: String(year) }).filter((e): e is [string, string] => !!e[1]),
    );
    return `?${query}`;
  };
  return (
    <nav aria-label="Vælg år" className="no-print flex flex-wrap gap-2">
      {years.map((y) => (
        <a
          key={y}
          href={href(y)}
          aria-current={y === current ? "page" : undefined}
          className={`rounded border px-3 py-1 ${y === current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
        >
          {y}
        </a>
      ))}
    </nav>
  );
}
