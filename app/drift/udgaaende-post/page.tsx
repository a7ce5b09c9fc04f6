import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { loadOutbox, type OutboxRow } from "@/lib/outbox/load-outbox";
import { rowsToShow } from "@/lib/pagination";
import { formatDateTime } from "@/lib/format";
import { ShowMore } from "@/components/show-more";
import { RetryForm } from "./retry-form";
import { ScrollBox } from "@/components/scroll-box";

export const metadata: Metadata = { title: "Udgående post" };

const STATUS: Record<string, string> = {
  PENDING: "Venter",
  CLAIMED: "Under afsendelse",
  SENDING: "Under afsendelse",
  SENT: "Sendt",
  FAILED: "Fejlet",
};

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ vis?: string }> }) {
  await requirePermission("outbox.manage");
  const vis = (await searchParams).vis;
  const outbox = await loadOutbox({ take: rowsToShow(vis) });
  const count = (status: string) => (outbox.counts[status] ?? 0).toLocaleString("da-DK");

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Udgående post</h1>
        <p className="mt-1 text-slate-700">
          Alle mails fra Klyngeportalen går gennem denne kø. Udsendelsen (<code>npm run worker</code> eller{" "}
          <code>npm run notify -- --once</code>) sender dem og prøver igen, hvis mailserveren svarer med en fejl.
        </p>
      </div>
      <dl className="flex flex-wrap gap-6" data-testid="outbox-counts">
        {["PENDING", "SENT", "FAILED"].map((status) => (
          <div key={status}>
            <dt className="text-sm text-slate-700">{STATUS[status]}</dt>
            <dd className="text-xl font-semibold tabular-nums">{count(status)}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="attention-heading" className="space-y-3">
        <h2 id="attention-heading" className="text-xl font-semibold">
          Kræver opmærksomhed
        </h2>
        {outbox.attention.rows.length === 0 ? (
          <p className="text-slate-700">Ingen mails er fejlet.</p>
        ) : (
          <MessageTable
            rows={outbox.attention.rows}
            caption="Mails, der er fejlet eller venter på et nyt forsøg"
            retry
          />
        )}
      </section>
      <section aria-labelledby="latest-heading" className="space-y-3">
        <h2 id="latest-heading" className="text-xl font-semibold">
          Seneste mails
        </h2>
        {outbox.latest.rows.length === 0 ? (
          <p className="text-slate-700">Der er ikke sendt nogen mails endnu.</p>
        ) : (
          <MessageTable rows={outbox.latest.rows} caption="De seneste mails, nyeste først" />
        )}
        <ShowMore shown={outbox.latest.rows.length} hasMore={outbox.latest.hasMore} params={{}} />
      </section>
    </div>
  );
}

function MessageTable({ rows, caption, retry = false }: { rows: OutboxRow[]; caption: string; retry?: boolean }) {
  return (
    <ScrollBox className="rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              Emne
            </th>
            <th scope="col" className="px-3 py-2">
              Til
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className="px-3 py-2">
              {retry ? "Mailserverens svar" : "Tidspunkt"}
            </th>
            {retry && (
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Handling</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id} className="border-t border-slate-200 align-top" data-testid="outbox-row">
              <th scope="row" className="px-3 py-2 font-medium">
                {m.subject}
              </th>
              <td className="px-3 py-2">{m.toAddress}</td>
              <td className="px-3 py-2">
                {STATUS[m.status] ?? m.status}
                {m.attempts > 0 && <span className="block text-xs">{m.attempts} forsøg</span>}
              </td>
              <td className="px-3 py-2">
                {retry ? (
                  <>
                    <span className="block font-mono text-xs" data-testid="smtp-error">
                      {m.lastError}
                    </span>
                    {m.status === "PENDING" && (
                      <span className="block text-xs">Næste forsøg {formatDateTime(m.nextAttemptAt)}</span>
                    )}
                  </>
                ) : (
                  formatDateTime(m.sentAt ?? m.createdAt)
                )}
              </td>
              {retry && (
                <td className="px-3 py-2">
                  <RetryForm messageId={m.id} attempts={m.attempts} label={`${m.subject} til ${m.toAddress}`} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
