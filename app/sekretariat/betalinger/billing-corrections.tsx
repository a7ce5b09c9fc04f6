"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { ConfirmStep } from "@/components/confirm-step";
import { Notice } from "@/components/form-messages";
import type { ActionState } from "@/lib/actions/action-state";
import { formatCount } from "@/lib/format";
import { deleteInvoiceAction, deletePaymentAction } from "./actions";

type Answer = { answer: string };

export type CorrectableInvoice = {
  id: string;
  /** «Faxe · CLEAN – …» */
  payer: string;
  reference: string;
  /** «faktureret 15. januar 2025» */
  dated: string;
  payments: { id: string; text: string }[];
};

/**
 * The year's invoices and payments, each one to take back when it was registered by mistake (asked first; the audit
 * log keeps what was taken back). The answer is said above the list, which stays while the entry goes.
 */
export function BillingCorrections({
  agreementId,
  year,
  invoices,
}: {
  agreementId: string;
  year: number;
  invoices: CorrectableInvoice[];
}) {
  const [answer, setAnswer] = useState<string | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (answer) notice.current?.focus();
  }, [answer]);
  const router = useRouter();
  // The answer first, then the page again from the server (the status table, the list without the entry).
  const done = (message?: string) => {
    if (!message) return;
    setAnswer(message);
    router.refresh();
  };
  return (
    <div className="space-y-3" data-testid="billing-corrections">
      {answer && (
        <Notice focusAfterAnswer ref={notice}>
          {answer}
        </Notice>
      )}
      {invoices.length === 0 ? (
        <p className="text-slate-700">Der er ingen registrerede fakturaer for {year}.</p>
      ) : (
        <details>
          <summary className="cursor-pointer font-medium text-brand-700">
            Vis {formatCount(invoices.length, "registreret faktura", "registrerede fakturaer")} for {year}
          </summary>
          <ul className="mt-3 space-y-3" data-testid="billing-entries">
            {invoices.map((invoice) => (
              <li key={invoice.id} className="rounded border border-slate-200 p-3" data-testid="billing-entry">
                <p>
                  <span className="font-medium">Faktura {invoice.reference}</span> · {invoice.payer} · {invoice.dated}
                </p>
                {invoice.payments.length === 0 ? (
                  <DeleteForm
                    action={deleteInvoiceAction.bind(null, agreementId, invoice.id)}
                    what={`faktura ${invoice.reference}`}
                    onDone={done}
                  >
                    Fakturaen slettes fra portalen (ikke fra økonomisystemet). Det, der er slettet, står i loggen.
                  </DeleteForm>
                ) : (
                  <ul className="mt-1 space-y-1 pl-4">
                    {invoice.payments.map((payment) => (
                      <li key={payment.id}>
                        {payment.text}
                        <DeleteForm
                          action={deletePaymentAction.bind(null, agreementId, payment.id)}
                          what={`betalingen ${payment.text}`}
                          onDone={done}
                        >
                          Betalingen slettes fra portalen, og status regnes igen. Det, der er slettet, står i loggen.
                        </DeleteForm>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function DeleteForm({
  action,
  what,
  onDone,
  children,
}: {
  action: (previous: ActionState<Answer>, form: FormData) => Promise<ActionState<Answer>>;
  what: string;
  onDone: (message?: string) => void;
  children: React.ReactNode;
}) {
  return (
    <ActionForm<Answer>
      action={action}
      label={`Slet ${what}`}
      className="mt-1 space-y-2"
      onAnswer={(state) => state.outcome === "done" && onDone(state.data?.answer)}
      buttons={({ pending, disabled }) => (
        <ConfirmStep
          openLabel={`Slet ${what} …`}
          question={`Slet ${what}?`}
          confirmLabel={`Ja, slet ${what}`}
          pending={pending}
          disabled={disabled}
        >
          <p>{children}</p>
          <input type="hidden" name="confirm" value="ja" />
        </ConfirmStep>
      )}
    >
      {() => null}
    </ActionForm>
  );
}
