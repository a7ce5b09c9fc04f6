import { routeHandler } from "@/lib/http/route-handler";
import { requirePermission } from "@/lib/auth/session";
import { loadEvaluationOverview } from "@/lib/evaluations/load-evaluation-overview";
import { evaluationCsv } from "@/lib/evaluations/evaluation-export";
import { fileResponse } from "@/lib/files/file-response";

export const GET = routeHandler(async () => {
  await requirePermission("secretariat.view");
  const rows = await loadEvaluationOverview({});
  return fileResponse(evaluationCsv(rows), "text/csv; charset=utf-8", "evalueringer-noegletal.csv");
});
