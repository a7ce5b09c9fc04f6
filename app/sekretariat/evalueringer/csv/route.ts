import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { fileResponse, notFoundResponse, userForRoute } from "@/lib/auth/route-access";
import { loadEvaluationOverview } from "@/lib/evaluations/load-evaluation-overview";
import { evaluationCsv } from "@/lib/evaluations/evaluation-export";

export async function GET() {
  if (!(await userForRoute("secretariat.view"))) return notFoundResponse();
  return fileResponse(
    evaluationCsv(await loadEvaluationOverview(db, now())),
    "text/csv; charset=utf-8",
    "evalueringer-noegletal.csv",
  );
}
