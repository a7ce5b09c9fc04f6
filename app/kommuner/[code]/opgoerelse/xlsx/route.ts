import { routeHandler } from "@/lib/http/route-handler";
import { requireMunicipality } from "@/lib/municipalities/require-municipality";
import { loadStatementExport } from "@/lib/agenda/load-statement-export";
import { statementXlsx } from "@/lib/agenda/statement-xlsx";
import { fileResponse } from "@/lib/files/file-response";
import { now } from "@/lib/clock";

/** The municipality's statement across every period, year and office, as XLSX (issue 16). */
export const GET = routeHandler(async (_request: Request, { params }: { params: Promise<{ code: string }> }) => {
  const { municipality } = await requireMunicipality({ code: (await params).code, permission: "municipality.view" });
  const statement = await loadStatementExport({ municipality });
  return fileResponse(
    await statementXlsx(statement, now()),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    `opgoerelse-${municipality.code}-alle-aar.xlsx`,
  );
});
