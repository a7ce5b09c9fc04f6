import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findCurrentAgreement } from "@/lib/shares/load-agreement";
import { COUNCIL_BODIES, danishIsoDate } from "@/lib/decisions/decision-schema";
import { DecisionForm } from "./decision-form";
import { now } from "@/lib/clock";

export const metadata: Metadata = { title: "Registrér beslutning" };

export default async function NewDecisionPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const municipality = await db.municipality.findUnique({ where: { code } });
  if (!municipality) notFound();
  const user = await requirePermission("decision.record", { municipalityId: municipality.id });
  const agreement = await findCurrentAgreement(db, municipality.regionId);
  if (!agreement) notFound();
  const participations = await db.participation.findMany({
    where: { municipalityId: municipality.id, office: { agreementId: agreement.id } },
    include: { office: { select: { id: true, name: true, position: true } } },
    orderBy: { office: { position: "asc" } },
  });
  const onBehalf = user.municipalityId !== municipality.id;

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/kommuner/${code}`} className="text-brand-700 underline">
          ← {municipality.name} Kommune
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Registrér byrådets beslutning</h1>
        <p className="text-slate-700">
          {agreement.name} · {municipality.name} Kommune
        </p>
        {onBehalf && (
          <p className="mt-2 rounded border border-brand-700/40 bg-brand-50 p-3">
            Du registrerer som KKR-sekretariat på vegne af {municipality.name} Kommune. Det bliver markeret ved
            beslutningen.
          </p>
        )}
      </div>
      <DecisionForm
        municipalityCode={code}
        offices={participations.map((p) => ({ id: p.office.id, name: p.office.name, version: p.version }))}
        firstYear={agreement.firstYear}
        lastYear={agreement.lastYear}
        today={danishIsoDate(now())}
        councilBodies={[...COUNCIL_BODIES]}
      />
    </div>
  );
}
