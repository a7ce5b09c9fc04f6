/** Year links that keep the page's other query parameters. */
export function YearPicker({
  years,
  current,
  params = {},
  hash,
  label = "Vælg år",
}: {
  years: number[];
  current: number;
  params?: Record<string, string | undefined>;
  /** The part of the page the links land on (an element's id), when the picker is not at the top. */
  hash?: string;
  /** The navigation's accessible name; give each picker on a page its own. */
  label?: string;
}) {
  const href = (year: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, aar: String(year) }).filter((e): e is [string, string] => !!e[1]),
    );
    return `?${query}${hash ? `#${hash}` : ""}`;
  };
  return (
    <nav aria-label={label} className="no-print flex flex-wrap gap-2">
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
