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
  invoices: { dueDate: Date; payments: { amount: number; paidDate: Date }[] }[];
  today: Date;
}): { status: PaymentStatus; paid: number; lastPaidDate: Date | null; dueDate: Date | null; outstanding: number } {
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
  const status: PaymentStatus =
    outstanding < 0
      ? "CREDIT"
      : outstanding === 0
        ? "PAID"
        : options.invoices.length === 0
          ? "NOT_INVOICED"
          : options.invoices.some((i) => i.dueDate < options.today)
            ? "OVERDUE"
            : paid > 0
              ? "PARTLY_PAID"
              : "INVOICED";
  return { status, paid, lastPaidDate, dueDate, outstanding };
}
