/**
 * The sections of the secretariat's weekly digest, in order. A section is a function from the period and the day to
 * a title and mail blocks, or null when it has nothing to say: a new section is one more entry in DIGEST_SECTIONS.
 */
import type { DbClient } from "../db/types";
import { DECISION_LABELS, formatDate, formatSignedKroner } from "../format";
import type { AgreementView } from "../shares/load-agreement";
import type { MailBlock } from "./mail-layout";
import { decisionDeadline } from "./decision-deadline";
import { daysUntil } from "./reminder-buckets";
import { officeYearBilling } from "../billing/billing-state";
import { loadBillingRecords } from "../billing/load-billing-records";

export type DigestContext = { db: DbClient; view: AgreementView; today: Date };
export type DigestSection = (context: DigestContext) => Promise<{ title: string; blocks: MailBlock[] } | null>;

const DAY = 86_400_000;

const decisionsThisWeek: DigestSection = async ({ db, view, today }) => {
  const decisions = await db.councilDecision.findMany({
    where: {
      office: { agreementId: view.agreement.id },
      recordedAt: { gt: new Date(today.getTime() - 7 * DAY), lte: today },
    },
    include: { municipality: { select: { name: true } }, office: { select: { name: true } } },
    orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
  });
  return {
    title: "Beslutninger registreret de seneste 7 dage",
    blocks: decisions.length
      ? [
          {
            list: decisions.map(
              (d) =>
                `${d.municipality.name}: «${DECISION_LABELS[d.decision]}» til ${d.office.name} fra ` +
                `${d.effectiveFromYear} (møde ${formatDate(d.meetingDate)})`,
            ),
          },
        ]
      : [{ text: "Ingen." }],
  };
};

const missingDecisions: DigestSection = async ({ view }) => {
  const names = new Map(view.municipalities.map((m) => [m.code, m.name]));
  const lines = view.offices.map((office) => {
    const pending = new Set(
      view.allocations
        .filter((a) => a.officeId === office.id)
        .flatMap((a) => a.states.filter((s) => s.state === "PENDING").map((s) => s.code)),
    );
    const deadline = decisionDeadline({ agreement: view.agreement, office });
    const due = deadline ? `frist ${formatDate(deadline)}` : "ingen frist sat";
    return pending.size === 0
      ? `${office.name}: alle kommuner har besluttet`
      : `${office.name} (${due}): ${pending.size} mangler — ${[...pending].map((c) => names.get(c)).join(", ")}`;
  });
  return { title: "Manglende beslutninger pr. klyngekontor", blocks: [{ list: lines }] };
};

const evaluationsDueOrOverdue: DigestSection = async ({ db, view, today }) => {
  const reports = await db.evaluationReport.findMany({
    // Every period of the region: a 2024 evaluation waiting to be handled is not forgotten once 2025–2028 is current
    // (an office's years never overlap between its periods, so «CLEAN 2024» says which).
    where: {
      office: { agreement: { regionId: view.agreement.regionId } },
      status: { in: ["NOT_SUBMITTED", "RETURNED", "SUBMITTED"] },
    },
    include: { office: { select: { name: true } } },
    orderBy: [{ dueDate: "asc" }, { office: { position: "asc" } }],
  });
  const lines = reports.flatMap((r) => {
    const daysLeft = daysUntil(r.dueDate, today);
    const label = `${r.office.name} ${r.year}`;
    if (r.status === "SUBMITTED") return [`${label}: afleveret, venter på jeres behandling`];
    if (daysLeft < 0)
      return [`${label}: forsinket (frist ${formatDate(r.dueDate)})${r.status === "RETURNED" ? ", returneret" : ""}`];
    if (daysLeft <= 30) return [`${label}: frist ${formatDate(r.dueDate)} (om ${daysLeft} dage)`];
    return [];
  });
  return {
    title: "Evalueringer: til behandling, snart forfaldne og forsinkede",
    blocks: [lines.length ? { list: lines } : { text: "Ingen." }],
  };
};

/** Closed (invoiced) office-years whose amounts have changed since: the settlements still to invoice (issue 11). */
const openSettlements: DigestSection = async ({ db, view }) => {
  const records = await loadBillingRecords({ db, agreementId: view.agreement.id });
  const codes = view.municipalities.map((m) => m.code);
  const lines = view.allocations
    .map((entry) => ({ entry, billing: officeYearBilling({ entry, codes, ...records }) }))
    .filter(({ billing }) => billing.payers.some((payer) => payer.settlement !== 0))
    .map(({ entry, billing }) => {
      const office = view.offices.find((o) => o.id === entry.officeId)!;
      const payers = billing.payers.filter((payer) => payer.settlement !== 0).length;
      return `${office.name} ${entry.year}: ${formatSignedKroner(billing.settlement)} i alt, ${payers} betalere`;
    });
  return lines.length
    ? { title: "Åbne efterreguleringer (lukkede år, hvis beløb er ændret)", blocks: [{ list: lines }] }
    : null;
};

export const DIGEST_SECTIONS: DigestSection[] = [
  decisionsThisWeek,
  missingDecisions,
  evaluationsDueOrOverdue,
  openSettlements,
];
