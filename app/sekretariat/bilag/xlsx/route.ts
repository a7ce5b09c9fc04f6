import { db } from "@/lib/db";
import { fileResponse, notFoundResponse, userForRoute } from "@/lib/auth/route-access";
import { loadAppendix } from "@/lib/appendix/load-appendix";
import { appendixXlsx } from "@/lib/appendix/appendix-xlsx";

export async function GET(request: Request) {
  if (!(await userForRoute("secretariat.view"))) return notFoundResponse();
  const loaded = await loadAppendix(db, new URL(request.url).searchParams.get("aar") ?? undefined);
  if (!loaded) return notFoundResponse();
  const xlsx = await appendixXlsx(loaded.appendix);
  return fileResponse(
    xlsx,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    `bilag-klyngekontorer-${loaded.appendix.year}.xlsx`,
  );
}
