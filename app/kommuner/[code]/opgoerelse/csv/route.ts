import { routeHandler } from "@/lib/http/route-handler";
import { requireMunicipality } from "@/lib/municipalities/require-municipality";
import { loadStatementExport } from "@/lib/agenda/load-statement-export";
import { statementCsv } from "@/lib/agenda/statement-export";
import { fileResponse } from "@/lib/files/file-response";

/** The municipality's statement across every period, year and office, as CSV for Danish Excel (issue 16). */
export const GET = routeHandler(async (_request: Request, { params }: { params: Promise<{ code: string }> }) => {
  const { municipality } = await requireMunicipality({ code: (await params).code, permission: "municipality.view" });
  return fileResponse(
    statementCsv(await loadStatementExport({ municipality })),
    "text/csv; charset=utf-8",
    `opgoerelse-${municipality.code}-alle-aar.csv`,
  );
});
