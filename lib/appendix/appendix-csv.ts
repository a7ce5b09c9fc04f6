/**
 * CSV for Danish Excel: semicolon-separated, UTF-8 with BOM, CRLF, amounts as whole numbers (no thousands
 * separator, so Excel reads them as numbers), percentages with a decimal comma.
 */
import { STATUS_LABELS } from "../format";
import type { Appendix } from "./build-appendix";
import { csvText } from "../csv/write-csv";

const STATE_LABELS = { YES: "Ja", NO: "Nej", PENDING: "Afventer", LEAD: "Lead" } as const;

export function appendixCsv(appendix: Appendix): string {
  const header = [
    "År",
    "Klyngekontor",
    "Status",
    "Kommunekode",
    "Kommune",
    "Indbyggere",
    "Beslutning",
    "Beløb (kr.)",
    "Andel af puljen (%)",
    "Foreløbig",
  ];
  const lines = [header];
  for (const office of appendix.offices) {
    for (const row of [...office.leads, ...office.rows]) {
      lines.push([
        String(appendix.year),
        office.name,
        STATUS_LABELS[office.status],
        row.code,
        row.name,
        String(row.population),
        STATE_LABELS[row.state],
        String(row.amount),
        row.state === "LEAD" ? "" : (row.poolBasisPoints / 100).toFixed(2).replace(".", ","),
        row.provisional ? "ja" : "nej",
      ]);
    }
  }
  return csvText(lines);
}
