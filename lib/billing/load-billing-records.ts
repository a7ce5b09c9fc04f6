/** The closings and invoice lines of a period's offices: what `officeYearBilling` compares with the engine. */
import type { DbClient } from "../db/types";
import type { ClosingRecord, InvoiceLineRecord } from "./billing-state";

export async function loadBillingRecords({
  db,
  agreementId,
  year,
}: {
  db: DbClient;
  agreementId: string;
  year?: number;
}): Promise<{ closings: ClosingRecord[]; lines: InvoiceLineRecord[] }> {
  const where = { office: { agreementId }, ...(year === undefined ? {} : { year }) };
  const [closings, lines] = await Promise.all([
    db.yearClosing.findMany({
      where,
      select: { id: true, officeId: true, year: true, round: true, closedAt: true, reopenedAt: true, version: true },
    }),
    db.invoiceLine.findMany({
      where: { closing: where },
      select: { closingId: true, amount: true, municipality: { select: { code: true } } },
    }),
  ]);
  return {
    closings,
    lines: lines.map((line) => ({
      closingId: line.closingId,
      municipalityCode: line.municipality.code,
      amount: line.amount,
    })),
  };
}
