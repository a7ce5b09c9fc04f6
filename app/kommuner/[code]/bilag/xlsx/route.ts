import { notFound } from "next/navigation";
import { routeHandler } from "@/lib/http/route-handler";
import { requireMunicipalityPeriod } from "@/lib/municipalities/require-municipality";
import { loadAppendix } from "@/lib/appendix/load-appendix";
import { appendixXlsxCached } from "@/lib/appendix/appendix-xlsx";
import { fileResponse } from "@/lib/files/file-response";

/**
 * KKR's whole appendix for one year of a period (every municipality's share), for the council's agenda item: the
 * same file the secretariat downloads, for whoever may see this municipality (docs/decisions/0016).
 */
export const GET = routeHandler(async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
  const query = new URL(request.url).searchParams;
  const { period } = await requireMunicipalityPeriod({
    code: (await params).code,
    permission: "municipality.view",
    periode: query.get("periode") ?? undefined,
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
