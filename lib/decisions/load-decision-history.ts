/**
 * A municipality's decision history and the ledger lines that changed its amounts, newest first, in pages.
 * Each decision says what it does now: the years it governs, "erstattet af rettelse" (void), or that later
 * decisions cover all its years (lib/allocation/decisions-by-year.ts).
 */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { cut } from "../pagination";
import { decisionCoverage, type DecisionCoverage } from "../allocation";
import { decisionRecordOf } from "../shares/load-agreement";

export async function loadDecisionHistory({
  municipalityId,
  agreementId,
  take,
  db = appDb,
}: {
  municipalityId: string;
  /** The period: its offices' decisions and amounts. */
  agreementId: string;
  /** How many rows of each list to show ("vis flere" asks for more). */
  take: number;
  db?: DbClient;
}) {
  const [decisions, changes, all] = await Promise.all([
    db.councilDecision.findMany({
      where: { municipalityId, office: { agreementId } },
      orderBy: [{ recordedAt: "desc" }, { id: "asc" }],
      take: take + 1,
      include: {
        office: { select: { name: true } },
        recordedBy: { select: { name: true } },
        correctedBy: { select: { id: true, recordedAt: true } },
        corrects: { select: { id: true, meetingDate: true, decision: true } },
        minutesAttachment: { select: { id: true, fileName: true, sizeBytes: true } },
      },
    }),
    db.shareSnapshotLine.findMany({
      // Only lines whose amount changed (the column comparison is done in the query, so pages are full).
      where: {
        municipalityId,
        isLead: false,
        snapshot: { office: { agreementId } },
        amount: { not: { equals: db.shareSnapshotLine.fields.previousAmount } },
      },
      // Newest first; the amounts one save changed share its moment, and are read as a table: office by office in
      // the period's order, then year (a line's id is random: lib/shares/share-effects.ts).
      orderBy: [
        { createdAt: "desc" },
        { snapshot: { office: { position: "asc" } } },
        { snapshot: { office: { name: "asc" } } },
        { snapshot: { year: "asc" } },
        { id: "asc" },
      ],
      take: take + 1,
      include: {
        snapshot: {
          select: {
            year: true,
            createdAt: true,
            status: true,
            cause: true,
            note: true,
            office: { select: { name: true } },
            causeDecision: {
              select: {
                decision: true,
                meetingDate: true,
                effectiveFromYear: true,
                effectiveToYear: true,
                correctsId: true,
                municipality: { select: { name: true } },
              },
            },
          },
        },
      },
    }),
    // Every decision of the municipality (a few dozen at most): what each one governs depends on all of them.
    db.councilDecision.findMany({
      where: { municipalityId, office: { agreementId } },
      include: { office: { select: { agreement: { select: { firstYear: true, lastYear: true } } } } },
    }),
  ]);
  const coverage = new Map<string, DecisionCoverage>();
  for (const officeId of new Set(all.map((d) => d.officeId))) {
    const ofOffice = all.filter((d) => d.officeId === officeId);
    const { firstYear, lastYear } = ofOffice[0]!.office.agreement;
    const records = ofOffice.map((d) => decisionRecordOf(d, municipalityId));
    for (const [id, value] of decisionCoverage(records, firstYear, lastYear)) coverage.set(id, value);
  }
  const page = cut(decisions, take);
  return {
    decisions: { ...page, rows: page.rows.map((d) => ({ ...d, coverage: coverage.get(d.id)! })) },
    changes: cut(changes, take),
  };
}
