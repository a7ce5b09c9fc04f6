/**
 * Where a municipality's payment for an office-year stands (issue 11), from what was invoiced and the invoices and
 * payments the finance system reported. Pure. Past the due date with something left to pay is «Forfalden», whatever was
 * paid; before it, a part payment is «Delvist betalt».
 */
export type PaymentStatus = "PAID" | "OVERDUE" | "PARTLY_PAID" | "INVOICED" | "NOT_INVOICED" | "CREDIT";

export const PAYMENT_STATUS_LABELS: Record<PaymentStatus, string> = {
  PAID: "Betalt",
  OVERDUE: "Forfalden",
  PARTLY_PAID: "Delvist betalt",
  INVOICED: "Faktureret",
  NOT_INVOICED: "Faktura ikke registreret",
  CREDIT: "Til gode",
};

export function paymentStatus(options: {
  invoiced: number;
  invoices: { invoiceDate?: Date; dueDate: Date; payments: { amount: number; paidDate: Date }[] }[];
  /**
   * What the portal invoiced, round by round, oldest first (the closing, each settlement, a closing after a reopening):
   * each is sent by the finance system as an invoice of its own, so the n-th registered invoice is the n-th round's.
   * A round with no invoice registered yet is not overdue: its invoice has not been sent (or not told). Without it,
   * everything invoiced is measured against the registered invoices' due dates.
   */
  rounds?: readonly number[];
  today: Date;
}): {
  status: PaymentStatus;
  paid: number;
  lastPaidDate: Date | null;
  dueDate: Date | null;
  outstanding: number;
  /** The part of `outstanding` past its due date. */
  overdue: number;
} {
  const payments = options.invoices.flatMap((i) => i.payments);
  const paid = payments.reduce((sum, p) => sum + p.amount, 0);
  const lastPaidDate = payments.reduce<Date | null>(
    (last, p) => (!last || p.paidDate > last ? p.paidDate : last),
    null,
  );
  const dueDate = options.invoices.reduce<Date | null>(
    (first, i) => (!first || i.dueDate < first ? i.dueDate : first),
    null,
  );
  const outstanding = options.invoiced - paid;
  // What each registered invoice asks for, oldest invoice first: the n-th invoice the n-th round; without rounds,
  // one amount for them all, due at the first due date.
  const invoices = [...options.invoices].sort(
    (a, b) => (a.invoiceDate?.getTime() ?? 0) - (b.invoiceDate?.getTime() ?? 0),
  );
  const rounds = options.rounds;
  const asked = invoices.map((_, i) =>
    !rounds ? (i === 0 ? options.invoiced : 0) : i < rounds.length ? rounds[i]! : 0,
  );
  const dueOf = (i: number) => (rounds ? invoices[i]!.dueDate : dueDate!);
  // Payments go to the oldest invoice first: what is unpaid of invoice i is what the first i+1 ask for beyond what is
  // paid, less what the first i do.
  let before = 0;
  let overdue = 0;
  let unpaidRegistered = 0;
  let firstOverdue: Date | null = null;
  for (let i = 0, asks = 0; i < invoices.length; i++) {
    asks += asked[i]!;
    const unpaid = Math.max(0, asks - paid) - before;
    before += unpaid;
    unpaidRegistered += unpaid;
    if (unpaid > 0 && dueOf(i) < options.today) {
      overdue += unpaid;
      if (!firstOverdue || dueOf(i) < firstOverdue) firstOverdue = dueOf(i);
    }
  }
  overdue = Math.min(overdue, outstanding);
  const status: PaymentStatus =
    outstanding < 0
      ? "CREDIT"
      : outstanding === 0
        ? "PAID"
        : unpaidRegistered <= 0
          ? "NOT_INVOICED"
          : overdue > 0
            ? "OVERDUE"
            : paid > 0
              ? "PARTLY_PAID"
              : "INVOICED";
  return {
    status,
    paid,
    lastPaidDate,
    // Overdue: the first due date passed with something unpaid; else the first due date.
    dueDate: firstOverdue ?? dueDate,
    outstanding,
    overdue: status === "OVERDUE" ? overdue : 0,
  };
}
