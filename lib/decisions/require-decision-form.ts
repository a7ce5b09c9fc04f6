/**
 * What the "record a council decision" page and action work on: the municipality (scoped for "decision.record"),
 * the agreement the decision belongs to, every office of it — the ones the municipality leads too (issue 10) —
 * with the participation version the user sees (the optimistic check of a save), and the municipality's decisions
 * that still count, which a correction can name.
 */
import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { requireMunicipality } from "../municipalities/require-municipality";
import { periodOf } from "../periods/require-period";
import { decisionCoverage } from "../allocation";
import { decisionRecordOf } from "../shares/load-agreement";

export async function requireDecisionForm(options: { code: unknown; periode?: unknown }) {
  // Signed in and in scope first (a refusal is audited), then the period asked for.
  const { user, municipality, periods } = await requireMunicipality({
    code: options.code,
    permission: "decision.record",
  });
  const periode = typeof options.periode === "string" ? options.periode : undefined;
  if (options.periode !== undefined && periode === undefined) notFound();
  const period = periodOf(periods, periode);
  if (!period) notFound();
  const agreement = await db.agreement.findUniqueOrThrow({ where: { id: period.id } });
  const [offices, participations, all] = await Promise.all([
    db.clusterOffice.findMany({
      where: { agreementId: agreement.id },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
    db.participation.findMany({ where: { municipalityId: municipality.id, office: { agreementId: agreement.id } } }),
    // Every decision, corrected ones too: what each one governs now depends on all of them (as on the history).
    db.councilDecision.findMany({
      where: { municipalityId: municipality.id, office: { agreementId: agreement.id } },
      orderBy: { recordedAt: "desc" },
      include: { office: { select: { name: true } } },
    }),
  ]);
  const decisions = all.filter((d) => !all.some((other) => other.correctsId === d.id));
  const coverage = new Map(
    offices.flatMap((office) => [
      ...decisionCoverage(
        all.filter((d) => d.officeId === office.id).map((d) => decisionRecordOf(d, municipality.code)),
        agreement.firstYear,
        agreement.lastYear,
      ),
    ]),
  );
  return {
    user,
    municipality,
    agreement,
    periods,
    offices: offices.map((office) => ({
      id: office.id,
      name: office.name,
      version: participations.find((p) => p.officeId === office.id)?.version ?? 0,
      hasDecision: decisions.some((d) => d.officeId === office.id),
      /** What is registered now, by the years each decision governs (as the history says «Gælder for …»). */
      registered: decisions
        .filter((d) => d.officeId === office.id)
        .flatMap((d) => {
          const c = coverage.get(d.id);
          return c?.kind === "GOVERNS" ? [{ decision: d.decision, years: c.years }] : [];
        })
        .sort((a, b) => a.years[0]! - b.years[0]!),
    })),
    /** Registrations a correction may name: the municipality's decisions not already corrected. */
    correctable: decisions.map((d) => ({
      id: d.id,
      officeId: d.officeId,
      officeName: d.office.name,
      decision: d.decision,
      effectiveFromYear: d.effectiveFromYear,
      effectiveToYear: d.effectiveToYear,
      meetingDate: d.meetingDate.toISOString().slice(0, 10),
      // What a correction starts from: the registration as it was, so only what was wrong is typed again.
      councilBody: d.councilBody,
      caseReference: d.caseReference,
      minutesUrl: d.minutesUrl ?? "",
    })),
  };
}
