import { routeHandler } from "@/lib/http/route-handler";
import { notFound } from "next/navigation";
import { requireRegionPeriod } from "@/lib/periods/require-period";
import { loadAppendix } from "@/lib/appendix/load-appendix";
import { appendixXlsxCached } from "@/lib/appendix/appendix-xlsx";
import { fileResponse } from "@/lib/files/file-response";

export const GET = routeHandler(async (request: Request) => {
  const query = new URL(request.url).searchParams;
  const { period } = await requireRegionPeriod({
    permission: "secretariat.view",
    periode: query.get("periode") ?? undefined,
    kkr: query.get("kkr") ?? undefined,
  });
  if (!period) notFound();
  const loaded = await loadAppendix({ agreementId: period.id, year: query.get("aar") });
  if (!loaded) notFound();
  return fileResponse(
    await appendixXlsxCached(loaded.appendix),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    `bilag-klyngekontorer-${loaded.appendix.year}.xlsx`,
  );
});
