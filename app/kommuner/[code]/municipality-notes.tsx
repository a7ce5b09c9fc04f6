import { formatBasisPoints, formatDate, formatKroner } from "@/lib/format";
import type { loadMunicipalityOverview } from "@/lib/shares/load-municipality-overview";
import { escape } from "@/lib/html/escape";

type Overview = NonNullable<Awaited<ReturnType<typeof loadMunicipalityOverview>>>;

/**
 * What the table's words mean, and what needs attention: amounts over the council's approved amount, and amounts
 * that changed since the user's last visit (issue 10).
 */
export function MunicipalityNotes({
  overview,
  thresholdBasisPoints,
}: {
  overview: Overview;
  thresholdBasisPoints: number;
}) {
  const cells = overview.offices.flatMap((o) => o.years.map((cell) => ({ office: o.office.name, cell })));
  const over = cells.filter(({ cell }) => cell.overApproved || cell.ceilingOverApproved);
  const changed = cells.filter(({ cell }) => cell.changed);
  return (
    <div className="space-y-3">
      {over.length > 0 && (
        <div
          role="status"
          className="rounded border border-red-300 bg-red-50 p-3 text-red-900"
          data-testid="approved-warning"
        >
          <p className="font-medium">
            <span aria-hidden="true">⚠ </span>
            {over.length === 1 ? "Ét beløb kan overstige" : `${over.length} beløb kan overstige`} byrådets bevilling:
          </p>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {over.map(({ office, cell }) => (
              <li key={`${office}-${cell.year}`}>
                {office} {cell.year}: {cell.overApproved ? "beløbet" : "højst-beløbet"}{" "}
                {formatKroner(cell.overApproved ? cell.amount : cell.ceiling)} er over bevillingen på{" "}
                {formatKroner(cell.approved!)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {changed.length > 0 && overview.baseline && (
        <p className="rounded border border-brand-700/40 bg-brand-50 p-3" data-testid="changes-since-visit">
          <span aria-hidden="true">● </span>
          {changed.length === 1 ? "Ét beløb er ændret" : `${changed.length} beløb er ændret`} siden dit besøg{" "}
          {formatDate(overview.baseline)}. De er markeret i tabellen med årsagen.
        </p>
      )}
      <ReadingGuide thresholdBasisPoints={thresholdBasisPoints} />
    </div>
  );
}

const guides = new Map<number, string>();

/**
 * What the table's words mean: the same text on every view of every municipality (one per threshold), so written
 * as HTML text once (issue 17).
 */
function ReadingGuide({ thresholdBasisPoints }: { thresholdBasisPoints: number }) {
  let html = guides.get(thresholdBasisPoints);
  if (!html) {
    const term = (name: string, text: string) => `<div><dt class="font-medium">${name}</dt><dd>${text}</dd></div>`;
    html =
      `<summary class="cursor-pointer font-medium">Sådan læser du tabellen</summary><dl class="mt-2 space-y-2 text-sm">` +
      term(
        "Foreløbig",
        "Beløbet kan stadig ændre sig: en kommune har ikke besluttet sig, kontoret mangler en leadkommune, eller en " +
          "reduceret pulje er ikke aftalt. Årsagen står ved beløbet.",
      ) +
      term(
        "Højst",
        "Det mest, kommunen kan komme til at betale for året, uanset hvad de kommuner, der endnu ikke har besluttet " +
          "sig, beslutter. Brug det i budgettet.",
      ) +
      term(
        "Fastholdt, I risiko, Reduceret",
        `Totalen fastholdes, så længe mindst ${escape(formatBasisPoints(thresholdBasisPoints))} af de kommuner, der ` +
          "ikke er lead, deltager. <em>I risiko</em>: der er endnu ikke nok Ja, men kravet kan nås med dem, der " +
          "mangler at beslutte sig. <em>Reduceret</em>: kravet kan ikke nås; totalen reduceres, og opgaverne " +
          "genforhandles med klyngen.",
      ) +
      "</dl>";
    guides.set(thresholdBasisPoints, html);
  }
  return (
    <details className="rounded border border-slate-200 bg-white p-3" dangerouslySetInnerHTML={{ __html: html }} />
  );
}
