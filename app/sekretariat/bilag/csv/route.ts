import { routeHandler } from "@/lib/http/route-handler";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { loadAppendix } from "@/lib/appendix/load-appendix";
import { appendixCsv } from "@/lib/appendix/appendix-csv";
import { fileResponse } from "@/lib/files/file-response";

export const GET = routeHandler(async (request: Request) => {
  await requirePermission("secretariat.view");
  const loaded = await loadAppendix({ year: new URL(request.url).searchParams.get("aar") });
  if (!loaded) notFound();
  return fileResponse(
    appendixCsv(loaded.appendix),
    "text/csv; charset=utf-8",
    `bilag-klyngekontorer-${loaded.appendix.year}.csv`,
  );
});
