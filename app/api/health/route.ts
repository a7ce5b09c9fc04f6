import { checkHealth } from "@/lib/ops/check-health";

// A fresh database round trip on every request: never prerendered or cached.
export const dynamic = "force-dynamic";

/** For load balancers and monitoring: public, no session, no data (docs/decisions/0011-backup-and-health.md). */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
