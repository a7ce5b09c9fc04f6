import { routeHandler } from "@/lib/http/route-handler";
import { notFound } from "next/navigation";
import { requireRegionPeriod } from "@/lib/periods/require-period";
import { invoicingXlsx, loadInvoicingFile } from "@/lib/billing/invoicing-file";
import { fileResponse } from "@/lib/files/file-response";

/** The invoicing file for a year (issue 11) as XLSX. */
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
    await invoicingXlsx(file),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    `fakturering-klyngekontorer-${file.year}.xlsx`,
  );
});
