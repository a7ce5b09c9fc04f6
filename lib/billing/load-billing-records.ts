/** The closings and invoice lines of a period's offices: what `officeYearBilling` compares with the engine. */
import type { DbClient } from "../db/types";
import type { ClosingRecord, InvoiceLineRecord } from "./billing-state";

type Scope = { db: DbClient; agreementId: string; year?: number };

const whereOf = ({ agreementId, year }: Scope) => ({
  office: { agreementId },
  ...(year === undefined ? {} : { year }),
});

export async function loadBillingRecords(
  scope: Scope,
): Promise<{ closings: ClosingRecord[]; lines: InvoiceLineRecord[] }> {
  const [closings, lines] = await Promise.all([loadClosings(scope), loadInvoiceLines(scope)]);
  return { closings, lines };
}

/** The closings alone: enough to know that no year is closed, which is what a save usually learns (issue 17). */
export async function loadClosings(scope: Scope): Promise<ClosingRecord[]> {
  return scope.db.yearClosing.findMany({
    where: whereOf(scope),
    select: { id: true, officeId: true, year: true, round: true, closedAt: true, reopenedAt: true, version: true },
  });
}

export async function loadInvoiceLines(scope: Scope): Promise<InvoiceLineRecord[]> {
  const lines = await scope.db.invoiceLine.findMany({
    where: { closing: whereOf(scope) },
    select: { closingId: true, amount: true, createdAt: true, municipality: { select: { code: true } } },
  });
  return lines.map((line) => ({
    closingId: line.closingId,
    municipalityCode: line.municipality.code,
    amount: line.amount,
    at: line.createdAt,
  }));
}
