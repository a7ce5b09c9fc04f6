import { routeHandler } from "@/lib/http/route-handler";
import { notFound } from "next/navigation";
import { requireRegionPeriod } from "@/lib/periods/require-period";
import { invoicingCsv, loadInvoicingFile } from "@/lib/billing/invoicing-file";
import { fileResponse } from "@/lib/files/file-response";

/** The invoicing file for a year (issue 11) as CSV (BOM, semicolons). */
export const GET = routeHandler(async (request: Request) => {
  const query = new URL(request.url).searchParams;
  const { period } = await requireRegionPeriod({
    permission: "billing.manage",
    periode: query.get("periode") ?? undefined,
    kkr: query.get("kkr") ?? undefined,
  });
  if (!period) notFound();
  const file = await loadInvoicingFile({ agreementId: period.id, year: query.get("aar") });
  if (!file) notFound();
  return fileResponse(
    invoicingCsv(file.lines),
    "text/csv; charset=utf-8",
    `fakturering-klyngekontorer-${file.year}.csv`,
  );
});
