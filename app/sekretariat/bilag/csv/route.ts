import { db } from "@/lib/db";
import { fileResponse, notFoundResponse, userForRoute } from "@/lib/auth/route-access";
import { loadAppendix } from "@/lib/appendix/load-appendix";
import { appendixCsv } from "@/lib/appendix/appendix-csv";

export async function GET(request: Request) {
  if (!(await userForRoute("secretariat.view"))) return notFoundResponse();
  const loaded = await loadAppendix(db, new URL(request.url).searchParams.get("aar") ?? undefined);
  if (!loaded) return notFoundResponse();
  return fileResponse(
    appendixCsv(loaded.appendix),
    "text/csv; charset=utf-8",
    `bilag-klyngekontorer-${loaded.appendix.year}.csv`,
  );
}
