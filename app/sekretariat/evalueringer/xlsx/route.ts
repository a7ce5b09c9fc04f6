import { routeHandler } from "@/lib/http/route-handler";
import { requirePermission } from "@/lib/auth/session";
import { loadEvaluationOverview } from "@/lib/evaluations/load-evaluation-overview";
import { evaluationXlsx } from "@/lib/evaluations/evaluation-export";
import { fileResponse } from "@/lib/files/file-response";

export const GET = routeHandler(async () => {
  await requirePermission("secretariat.view");
  const xlsx = await evaluationXlsx(await loadEvaluationOverview({}));
  return fileResponse(
    xlsx,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "evalueringer-noegletal.xlsx",
  );
});
