import { ScrollTable } from "@/components/scroll-table";
import { AMOUNTS_TABLE_CAPTION, amountsTableHtml, type AmountsTable } from "@/lib/shares/amounts-table-html";

/**
 * The table's HTML, kept with the amounts it was written from: without marks for the user's last visit those are
 * kept per computed agreement and municipality (lib/shares/load-municipality-overview.ts), so after a save there
 * are new ones and a new table — never an old one (issue 17). With marks, the amounts are the user's own copy.
 */
const written = new WeakMap<object, Map<number, string>>();

function cachedHtml(table: AmountsTable): string {
  let byYear = written.get(table.offices);
  if (!byYear) written.set(table.offices, (byYear = new Map()));
  let html = byYear.get(table.currentYear);
  if (html === undefined) byYear.set(table.currentYear, (html = amountsTableHtml(table)));
  return html;
}

export function AmountsTableSection(table: AmountsTable) {
  return (
    <ScrollTable
      label={AMOUNTS_TABLE_CAPTION}
      hint={`Tabellen er bredere end skærmen: stryg til siden for at se alle år. Den åbner ved ${table.currentYear}.`}
    >
      {/* Written as text (amounts-table-html.ts): every value in it is escaped there. */}
      <div dangerouslySetInnerHTML={{ __html: cachedHtml(table) }} />
    </ScrollTable>
  );
}
