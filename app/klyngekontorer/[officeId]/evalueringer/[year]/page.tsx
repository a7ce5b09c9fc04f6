import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { danishIsoDate, now } from "@/lib/clock";
import { loadEvaluation } from "@/lib/evaluations/load-evaluation";
import { requireEvaluation } from "@/lib/evaluations/require-evaluation";
import {
  canReview,
  canSubmit,
  displayStatus,
  EVALUATION_STATUS_LABELS,
  isOpenForSubmission,
  notYetOpenMessage,
} from "@/lib/evaluations/evaluation-status";
import { KPI_FIELDS } from "@/lib/evaluations/evaluation-schema";
import { formatDate, formatDateTime, formatNumber, periodLabel } from "@/lib/format";
import { EvaluationStatusBadge } from "@/components/evaluation-status-badge";
import { ArrivalNotice } from "@/components/arrival-notice";
import { EvaluationDueDateForm, ReviewEvaluationForm, SubmitEvaluationForm } from "./evaluation-forms";

export const metadata: Metadata = { title: "Evaluering" };

export default async function EvaluationPage({
  params,
  searchParams,
}: {
  params: Promise<{ officeId: string; year: string }>;
  searchParams: Promise<{ behandlet?: string; afleveret?: string }>;
}) {
  const { behandlet, afleveret } = await searchParams;
  const scoped = await requireEvaluation(await params);
  // Insiders (office + secretariat) see the whole process. The scope is the office's in every period: an office's user
  // hands in the evaluations of the office's later periods too.
  const { user, insider, scope } = scoped;
  const { officeId, year } = scoped.report;
  const { report, latest, timeline } = await loadEvaluation({ reportId: scoped.report.id });
  const reviewer = can(user, "evaluation.review");
  const shown = insider ? latest : (report.submissions.find((s) => s.version === report.version) ?? null);
  const filesBase = `/klyngekontorer/${officeId}/evalueringer/${year}/filer`;
  const pagePath = `/klyngekontorer/${officeId}/evalueringer/${year}`;
  const submitter = can(user, "evaluation.submit", scope);
  // Right after handing in: a clear confirmation, and no second form with the same files (issue 13).
  const justSubmitted = submitter && report.status === "SUBMITTED" && !!latest && afleveret === String(latest.version);

  return (
    <div className="space-y-6">
      <div>
        <p className="flex flex-wrap gap-x-4">
          {/* The secretariat mostly comes from its list of evaluations: the way back to it, in the same period. */}
          {reviewer && (
            <Link
              href={`/sekretariat/evalueringer?periode=${report.office.agreementId}`}
              className="text-brand-700 underline"
            >
              ← Alle evalueringer
            </Link>
          )}
          {can(user, "office.view", scope) && (
            <Link href={`/klyngekontorer/${officeId}`} className="text-brand-700 underline">
              ← {report.office.name}
            </Link>
          )}
        </p>
        <h1 className="mt-2 text-2xl font-semibold">
          Evaluering {year}: {report.office.name}
        </h1>
        <p className="mt-1 text-slate-700">{periodLabel(report.office.agreement)}</p>
        <p className="mt-1 flex flex-wrap items-center gap-3">
          <EvaluationStatusBadge status={displayStatus(report, now())} />
          <span>Frist: {formatDate(report.dueDate)}</span>
          {latest && <span>Version {latest.version}</span>}
        </p>
      </div>
      {/* Focus lands on the answer (after the navigation nothing has focus; components/arrival-notice.tsx). */}
      {justSubmitted && (
        <ArrivalNotice param="afleveret">
          Evalueringen er afleveret som version {latest.version} ({formatDateTime(latest.createdAt)}). KKR-sekretariatet
          har fået besked og behandler den.
        </ArrivalNotice>
      )}
      {reviewer && behandlet === "godkendt" && (
        <ArrivalNotice param="behandlet">Evalueringen er godkendt.</ArrivalNotice>
      )}
      {reviewer && behandlet === "retur" && (
        <ArrivalNotice param="behandlet">Evalueringen er sendt retur med dine bemærkninger.</ArrivalNotice>
      )}
      {insider && report.status === "RETURNED" && report.reviewNote && (
        <div className="rounded border border-amber-400 bg-amber-50 p-3" data-testid="return-comment">
          <strong>Sekretariatets bemærkninger:</strong> {report.reviewNote}
        </div>
      )}

      {shown && (
        <section aria-labelledby="kpi-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="kpi-heading" className="text-lg font-semibold">
            Nøgletal (version {shown.version})
          </h2>
          <dl className="mt-2 grid gap-2 sm:grid-cols-3">
            {Object.entries(KPI_FIELDS).map(([key, label]) => (
              <div key={key}>
                <dt className="text-sm text-slate-700">{label}</dt>
                <dd className="font-semibold tabular-nums">{formatNumber(shown[key as keyof typeof KPI_FIELDS])}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 whitespace-pre-line">{shown.summary}</p>
          <ul className="mt-3 space-y-1">
            {shown.attachments.map((a) => (
              <li key={a.id}>
                <a href={`${filesBase}/${a.id}`} className="text-brand-700 underline">
                  Hent {a.kind === "EVALUATION_REPORT" ? "rapporten" : "bilag"}: {a.fileName}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {insider && timeline.length > 0 && (
        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" className="text-lg font-semibold">
            Forløb
          </h2>
          <ol className="mt-2 space-y-2 border-l-2 border-slate-300 pl-4" data-testid="timeline">
            {timeline.map((step, i) => (
              <li key={i}>
                <span className="font-medium">
                  {step.kind === "SUBMITTED"
                    ? `Version ${step.version} afleveret`
                    : `Version ${step.version}: ${EVALUATION_STATUS_LABELS[step.kind]}`}
                </span>
                <span className="block text-sm text-slate-700">
                  {formatDateTime(step.at)} · {step.by}
                </span>
                {step.comment && <span className="block">«{step.comment}»</span>}
              </li>
            ))}
          </ol>
        </section>
      )}

      {justSubmitted && (
        <p>
          Skal du rette noget, før sekretariatet har behandlet den?{" "}
          <Link href={pagePath} className="text-brand-700 underline">
            Aflever en ny version
          </Link>
        </p>
      )}
      {submitter && canSubmit(report.status) && !isOpenForSubmission(year, now()) && (
        <p className="rounded-lg border border-slate-200 bg-white p-4" data-testid="not-yet-open">
          {notYetOpenMessage(year)}
        </p>
      )}
      {submitter && canSubmit(report.status) && isOpenForSubmission(year, now()) && !justSubmitted && (
        <section aria-labelledby="submit-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="submit-heading" className="mb-3 text-lg font-semibold">
            {latest ? "Aflever en ny version" : "Aflever evalueringen"}
          </h2>
          <SubmitEvaluationForm
            officeId={officeId}
            year={year}
            version={report.version}
            previous={
              latest
                ? {
                    ...Object.fromEntries(
                      Object.keys(KPI_FIELDS).map((k) => [k, latest[k as keyof typeof KPI_FIELDS]]),
                    ),
                    summary: latest.summary,
                  }
                : undefined
            }
            previousFiles={
              latest
                ? {
                    version: latest.version,
                    files: latest.attachments.map((a) => ({ id: a.id, kind: a.kind, fileName: a.fileName })),
                  }
                : undefined
            }
          />
        </section>
      )}
      {reviewer && (
        <section aria-labelledby="review-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="review-heading" className="text-lg font-semibold">
            Sekretariatets behandling
          </h2>
          {canReview(report.status) ? (
            <ReviewEvaluationForm reportId={report.id} version={report.version} />
          ) : (
            <p className="text-slate-700">Der er ingen afleveret version, der venter på behandling.</p>
          )}
          <EvaluationDueDateForm
            reportId={report.id}
            dueDate={danishIsoDate(report.dueDate)}
            period={{
              firstYear: scoped.report.office.agreement.firstYear,
              lastYear: scoped.report.office.agreement.lastYear,
            }}
          />
        </section>
      )}
    </div>
  );
}
