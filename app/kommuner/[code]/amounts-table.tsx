import { ScrollTable } from "@/components/scroll-table";
import { amountsTableData, type AmountsTable } from "@/lib/shares/amounts-table-data";
import { AMOUNTS_TABLE_CAPTION, type AmountsTableData } from "@/lib/shares/amounts-table-html";
import { AmountsTableHtml } from "./amounts-table-html";

/**
 * The table's data, kept with the amounts it was made from: without marks for the user's last visit those are kept
 * per computed agreement and municipality (lib/shares/load-municipality-overview.ts), so after a save there are new
 * ones and new data — never old data (issue 17). With marks, the amounts are the user's own copy.
 */
const made = new WeakMap<object, Map<number, AmountsTableData>>();

function cachedData(table: AmountsTable): AmountsTableData {
  let byYear = made.get(table.offices);
  if (!byYear) made.set(table.offices, (byYear = new Map()));
  let data = byYear.get(table.currentYear);
  if (data === undefined) byYear.set(table.currentYear, (data = amountsTableData(table)));
  return data;
}

export function AmountsTableSection(table: AmountsTable) {
  return (
    <ScrollTable
      label={AMOUNTS_TABLE_CAPTION}
      hint={`Tabellen er bredere end skærmen: stryg til siden for at se alle år. Den åbner ved ${table.currentYear}.`}
    >
      <AmountsTableHtml data={cachedData(table)} />
    </ScrollTable>
  );
}
