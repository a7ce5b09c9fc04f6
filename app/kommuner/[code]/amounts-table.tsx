import { ScrollTable } from "@/components/scroll-table";
import { amountsTableData, type AmountsTable } from "@/lib/shares/amounts-table-data";
import { AMOUNTS_TABLE_CAPTION } from "@/lib/shares/amounts-table-html";
import { deriveFromKept } from "@/lib/shares/agreement-cache";
import { AmountsTableHtml } from "./amounts-table-html";
import { withHtmlKey } from "@/lib/html/written-once";

const marked = (table: AmountsTable) => table.offices.some((o) => o.years.some((cell) => cell.changed));

export function AmountsTableSection(table: AmountsTable) {
  return (
    <ScrollTable
      label={AMOUNTS_TABLE_CAPTION}
      hint={`Tabellen er bredere end skærmen: stryg til siden for at se alle år. Den åbner ved ${table.currentYear}.`}
    >
      {/* Kept with the amounts: per computed agreement and municipality (load-municipality-overview.ts), so a save
          makes new ones; with marks for the user's last visit the amounts are the user's own copy (issue 17). */}
      <AmountsTableHtml
        data={deriveFromKept(table.offices, `amounts:${table.currentYear}`, () =>
          // A user's own copy, marked with what changed since the last visit, is written each time.
          marked(table) ? amountsTableData(table) : withHtmlKey(amountsTableData(table)),
        )}
      />
    </ScrollTable>
  );
}
