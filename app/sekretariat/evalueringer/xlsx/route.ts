import { routeHandler } from "@/lib/http/route-handler";
import { notFound } from "next/navigation";
import { requireRegionPeriod } from "@/lib/periods/require-period";
import { loadEvaluationOverview } from "@/lib/evaluations/load-evaluation-overview";
import { evaluationXlsx } from "@/lib/evaluations/evaluation-export";
import { fileResponse } from "@/lib/files/file-response";

export const GET = routeHandler(async (request: Request) => {
  const query = new URL(request.url).searchParams;
  const { period } = await requireRegionPeriod({
    permission: "secretariat.view",
    periode: query.get("periode") ?? undefined,
    kkr: query.get("kkr") ?? undefined,
  });
  if (!period) notFound();
  const xlsx = await evaluationXlsx(await loadEvaluationOverview({ agreementId: period.id }));
  return fileResponse(
    xlsx,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "evalueringer-noegletal.xlsx",
  );
});
