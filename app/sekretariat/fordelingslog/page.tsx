import type { Metadata } from "next";
import { requireRegionPeriod } from "@/lib/periods/require-period";
import { kkrParam, NoPeriod, PeriodBar } from "../period-bar";
import { rowsToShow } from "@/lib/pagination";
import { ShowMore } from "@/components/show-more";
import { loadShareLedger } from "@/lib/secretariat/load-share-ledger";
import { loadBillingEvents } from "@/lib/billing/load-billing-events";
import { formatDateTime, formatKroner, STATUS_LABELS } from "@/lib/format";
import { describeCause } from "@/lib/shares/describe-cause";
import { ScrollBox } from "@/components/scroll-box";

export const metadata: Metadata = { title: "Fordelingslog" };

export default async function ShareLedgerPage({
  searchParams,
}: {
  searchParams: Promise<{ kontor?: string; kommune?: string; vis?: string; periode?: string; kkr?: string }>;
}) {
  const { kontor, kommune, vis, periode, kkr } = await searchParams;
  const context = await requireRegionPeriod({ permission: "secretariat.view", periode, kkr });
  if (!context.period) return <NoPeriod context={context} />;
  const keep = { periode: context.period.id, kkr: kkrParam(context) };
  const take = rowsToShow(vis);
  const [{ offices, municipalities, snapshots, hasMore }, billingEvents] = await Promise.all([
    loadShareLedger({
      agreementId: context.period.id,
      officeId: kontor || undefined,
      municipalityId: kommune || undefined,
      take,
    }),
    loadBillingEvents({ agreementId: context.period.id, officeId: kontor || undefined }),
  ]);
  const select = "mt-1 block rounded border border-slate-400 bg-white px-2 py-1";

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Fordelingslog</h1>
      <p className="text-slate-700">
        Hver genberegning af fordelingen, nyeste først, med beløb før og efter og årsagen.
      </p>
      <PeriodBar context={context} period={context.period} />
      <form
        method="get"
        className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
        aria-label="Filtrér loggen"
      >
        <input type="hidden" name="periode" value={keep.periode} />
        {keep.kkr && <input type="hidden" name="kkr" value={keep.kkr} />}
        <label className="text-sm font-medium">
          Klyngekontor
          <select name="kontor" defaultValue={kontor ?? ""} className={select}>
            <option value="">Alle</option>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Kommune
          <select name="kommune" defaultValue={kommune ?? ""} className={select}>
            <option value="">Alle</option>
            {municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
          Vis
        </button>
      </form>
      {billingEvents.length > 0 && (
        <section aria-labelledby="billing-events" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="billing-events" className="font-semibold">
            Opkrævning og betaling
          </h2>
          <ol className="mt-2 space-y-1 text-sm">
            {billingEvents.map((event) => (
              <li key={event.id} data-testid="billing-event">
                {formatDateTime(event.at)} · {event.text}
                {event.by ? ` · ${event.by}` : ""}
              </li>
            ))}
          </ol>
        </section>
      )}
      {snapshots.length === 0 ? (
        <p>Ingen genberegninger passer til filteret.</p>
      ) : (
        <ol className="space-y-3">
          {snapshots.map((s) => (
            <li key={s.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="ledger-entry">
              <p className="font-medium">
                {s.office.name}, {s.year} · {STATUS_LABELS[s.status as keyof typeof STATUS_LABELS]} · pulje{" "}
                {formatKroner(s.pool)}
              </p>
              <p className="text-sm text-slate-700">
                {formatDateTime(s.createdAt)} ·{" "}
                {s.causeDecision
                  ? `${describeCause(s)}, registreret af ${s.causeDecision.recordedBy.name}` +
                    (s.causeDecision.closedYearReason
                      ? ` — ændrer et lukket år: ${s.causeDecision.closedYearReason}`
                      : "")
                  : describeCause(s)}
              </p>
              {s.causeDecision && s.note && (
                <p className="mt-1 text-sm font-medium text-amber-900" data-testid="ledger-note">
                  {s.note}
                </p>
              )}
              {s.lines.length > 0 ? (
                <ScrollBox className="mt-2">
                  <table className="text-sm">
                    <caption className="sr-only">Ændrede beløb</caption>
                    <thead>
                      <tr>
                        <th scope="col" className="pr-6 text-left">
                          Kommune
                        </th>
                        <th scope="col" className="pr-6 text-right">
                          Før
                        </th>
                        <th scope="col" className="text-right">
                          Efter
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {s.lines.map((line) => (
                        <tr key={line.id}>
                          <th scope="row" className="pr-6 text-left font-normal">
                            {line.municipality.name}
                          </th>
                          <td className="pr-6 text-right tabular-nums">{formatKroner(line.previousAmount)}</td>
                          <td className="text-right tabular-nums">{formatKroner(line.amount)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollBox>
              ) : (
                <p className="mt-1 text-sm text-slate-700">Ingen beløb ændret.</p>
              )}
            </li>
          ))}
        </ol>
      )}
      <ShowMore shown={take} hasMore={hasMore} params={{ kontor, kommune, ...keep }} />
    </div>
  );
}
