import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { fileResponse, notFoundResponse, userForRoute } from "@/lib/auth/route-access";
import { loadEvaluationOverview } from "@/lib/evaluations/load-evaluation-overview";
import { evaluationXlsx } from "@/lib/evaluations/evaluation-export";

export async function GET() {
  if (!(await userForRoute("secretariat.view"))) return notFoundResponse();
  const xlsx = await evaluationXlsx(await loadEvaluationOverview(db, now()));
  return fileResponse(
    xlsx,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "evalueringer-noegletal.xlsx",
  );
}
