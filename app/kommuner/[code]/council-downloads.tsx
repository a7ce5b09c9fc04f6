import { periodHref } from "@/lib/periods/period-href";
import { escape } from "@/lib/html/escape";
import { deriveFromKept } from "@/lib/shares/agreement-cache";

/**
 * What the contact attaches to the council's agenda item (issue 16): the attachment (PDF) for the period, KKR's
 * whole appendix for a year (XLSX), and the municipality's own amounts across all years (XLSX / CSV). Plain links:
 * they work without JavaScript and download with the browser's own progress. Written as HTML text once per
 * computed agreement (its `years`) and municipality (issue 17); every value goes through `escape`.
 */
export function CouncilDownloads({
  code,
  period,
  years,
}: {
  code: string;
  period: { id: string; name: string };
  /** The period's years as kept with its computed agreement. */
  years: number[];
}) {
  // `years` are one period's (kept with its view); a period's name does not change once it is created.
  const html = deriveFromKept(years, `downloads:${code}:${period.id}`, () => {
    const link = (href: string, text: string | number, label?: string) =>
      `<a class="text-brand-700 underline" href="${escape(href)}"${label ? ` aria-label="${escape(label)}"` : ""}>` +
      `${escape(text)}</a>`;
    const appendices = years
      .map(
        (year, index) =>
          `<span>${index > 0 ? " · " : ""}` +
          link(
            periodHref(`/kommuner/${code}/bilag/xlsx`, { periode: period.id, aar: year }),
            year,
            `KKR's bilag for ${year} (Excel)`,
          ) +
          "</span>",
      )
      .join("");
    return (
      `<h2 id="council-downloads-heading" class="text-lg font-semibold">Til dagsordenspunktet</h2>` +
      `<ul class="mt-2 space-y-2">` +
      `<li>${link(
        periodHref(`/kommuner/${code}/dagsordensbilag/pdf`, { periode: period.id }),
        `Dagsordensbilag ${period.name} (PDF)`,
      )}<span class="block text-sm text-slate-700">Kommunens beløb pr. klyngekontor og år, med status, ` +
      `højst-beløb og reglerne — klar til at vedhæfte.</span></li>` +
      `<li><span>${escape("KKR's bilag med alle kommuner (Excel):")}</span> ${appendices}</li>` +
      `<li><span>Kommunens beløb for alle år og kontorer:</span> ` +
      link(`/kommuner/${code}/opgoerelse/xlsx`, "Excel", "Kommunens beløb for alle år (Excel)") +
      " · " +
      link(`/kommuner/${code}/opgoerelse/csv`, "CSV", "Kommunens beløb for alle år (CSV)") +
      "</li></ul>"
    );
  });
  return (
    <section
      aria-labelledby="council-downloads-heading"
      className="no-print rounded-lg border border-slate-200 bg-white p-4"
      data-testid="council-downloads"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
