import { routeHandler } from "@/lib/http/route-handler";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { loadAppendix } from "@/lib/appendix/load-appendix";
import { appendixXlsx } from "@/lib/appendix/appendix-xlsx";
import { fileResponse } from "@/lib/files/file-response";

export const GET = routeHandler(async (request: Request) => {
  await requirePermission("secretariat.view");
  const loaded = await loadAppendix({ year: new URL(request.url).searchParams.get("aar") });
  if (!loaded) notFound();
  return fileResponse(
    await appendixXlsx(loaded.appendix),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    `bilag-klyngekontorer-${loaded.appendix.year}.xlsx`,
  );
});
