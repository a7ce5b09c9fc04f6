import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { loadDemoMailbox } from "@/lib/mail/load-demo-mailbox";
import { rowsToShow } from "@/lib/pagination";
import { formatDateTime } from "@/lib/format";
import { ShowMore } from "@/components/show-more";

export const metadata: Metadata = { title: "Demopostkasse" };

export default async function DemoMailboxPage({ searchParams }: { searchParams: Promise<{ vis?: string }> }) {
  await requirePermission("outbox.manage");
  const mailbox = await loadDemoMailbox({ take: rowsToShow((await searchParams).vis) });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Demopostkasse</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          I demoen sendes mails ikke ud i verden: de lander i en lille mailserver i projektet (
          <code>npm run mail:catcher</code>), og du kan læse dem her — præcis som modtagerne ville få dem.
        </p>
      </div>
      {!mailbox.enabled ? (
        <p className="rounded border border-slate-300 bg-white p-4" data-testid="mailbox-off">
          Demopostkassen er ikke slået til på denne installation (DEMO_MAILBOX_DIR er ikke sat). Her sendes mails til
          modtagerne gennem SMTP_URL; se «Udgående post».
        </p>
      ) : mailbox.rows.length === 0 ? (
        <p className="rounded border border-slate-300 bg-white p-4">Postkassen er tom.</p>
      ) : (
        <>
          <p>{mailbox.total.toLocaleString("da-DK")} mails, nyeste først.</p>
          <ul className="space-y-2" data-testid="demo-mailbox">
            {mailbox.rows.map((mail) => (
              <li key={mail.id} className="rounded-lg border border-slate-200 bg-white">
                <details>
                  <summary className="cursor-pointer px-4 py-3">
                    <span className="font-medium">{mail.subject}</span>
                    <span className="block text-sm text-slate-700">
                      Til {mail.to} · {formatDateTime(mail.receivedAt)}
                    </span>
                  </summary>
                  <div className="border-t border-slate-200 px-4 py-3">
                    <p className="text-sm text-slate-700">Fra {mail.from}</p>
                    <pre className="mt-2 font-sans text-sm whitespace-pre-wrap">{mail.text}</pre>
                  </div>
                </details>
              </li>
            ))}
          </ul>
          <ShowMore shown={mailbox.rows.length} hasMore={mailbox.hasMore} params={{}} />
        </>
      )}
    </div>
  );
}
