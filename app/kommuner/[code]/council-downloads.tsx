import { periodHref } from "@/lib/periods/period-href";

/**
 * What the contact attaches to the council's agenda item (issue 16): the attachment (PDF) for the period, KKR's
 * whole appendix for a year (XLSX), and the municipality's own amounts across all years (XLSX / CSV). Plain links:
 * they work without JavaScript and download with the browser's own progress.
 */
export function CouncilDownloads({
  code,
  period,
  years,
  currentYear,
}: {
  code: string;
  period: { id: string; name: string };
  years: number[];
  /** The year the page is about: its appendix is listed first. */
  currentYear: number;
}) {
  const link = "text-brand-700 underline";
  const ordered = [currentYear, ...years.filter((year) => year !== currentYear)];
  return (
    <section
      aria-labelledby="council-downloads-heading"
      className="no-print rounded-lg border border-slate-200 bg-white p-4"
      data-testid="council-downloads"
    >
      <h2 id="council-downloads-heading" className="text-lg font-semibold">
        Til dagsordenspunktet
      </h2>
      <ul className="mt-2 space-y-2">
        <li>
          <a className={link} href={periodHref(`/kommuner/${code}/dagsordensbilag/pdf`, { periode: period.id })}>
            Dagsordensbilag {period.name} (PDF)
          </a>
          <span className="block text-sm text-slate-700">
            Kommunens beløb pr. klyngekontor og år, med status, højst-beløb og reglerne — klar til at vedhæfte.
          </span>
        </li>
        <li>
          <span>KKR&apos;s bilag med alle kommuner (Excel):</span>{" "}
          {ordered.map((year, index) => (
            <span key={year}>
              {index > 0 && " · "}
              <a
                className={link}
                href={periodHref(`/kommuner/${code}/bilag/xlsx`, { periode: period.id, aar: year })}
                aria-label={`KKR's bilag for ${year} (Excel)`}
              >
                {year}
              </a>
            </span>
          ))}
        </li>
        <li>
          <span>Kommunens beløb for alle år og kontorer:</span>{" "}
          <a
            className={link}
            href={`/kommuner/${code}/opgoerelse/xlsx`}
            aria-label="Kommunens beløb for alle år (Excel)"
          >
            Excel
          </a>
          {" · "}
          <a className={link} href={`/kommuner/${code}/opgoerelse/csv`} aria-label="Kommunens beløb for alle år (CSV)">
            CSV
          </a>
        </li>
      </ul>
    </section>
  );
}
