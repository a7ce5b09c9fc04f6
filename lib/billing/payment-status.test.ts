import { describe, expect, it } from "vitest";
import { PAYMENT_STATUS_LABELS, paymentStatus } from "./payment-status";

const today = new Date("2021-04-10T10:00:00Z");
const invoice = (dueDate: string, ...payments: [number, string][]) => ({
  dueDate: new Date(`${dueDate}T00:00:00Z`),
  payments: payments.map(([amount, paidDate]) => ({ amount, paidDate: new Date(`${paidDate}T00:00:00Z`) })),
});
const label = (invoiced: number, invoices: ReturnType<typeof invoice>[]) =>
  PAYMENT_STATUS_LABELS[paymentStatus({ invoiced, invoices, today }).status];

describe("where a municipality's payment for an office-year stands", () => {
  it("in the words the secretariat uses, from what was invoiced and paid, and the due date", () => {
    expect(label(30_000, [])).toBe("Faktura ikke registreret");
    expect(label(30_000, [invoice("2021-04-15")])).toBe("Faktureret");
    expect(label(30_000, [invoice("2021-04-15", [10_000, "2021-04-01"])])).toBe("Delvist betalt");
    expect(label(30_000, [invoice("2021-04-01", [10_000, "2021-03-20"])])).toBe("Forfalden");
    expect(label(30_000, [invoice("2021-04-01")])).toBe("Forfalden");
    expect(label(30_000, [invoice("2021-04-15", [10_000, "2021-04-01"], [20_000, "2021-04-05"])])).toBe("Betalt");
    expect(label(30_000, [invoice("2021-04-15", [31_000, "2021-04-01"])])).toBe("Til gode");
  });

  it("what is left, and the last payment's date", () => {
    const result = paymentStatus({
      invoiced: 30_000,
      invoices: [invoice("2021-04-15", [10_000, "2021-04-01"], [5_000, "2021-04-05"])],
      today,
    });
    expect(result).toMatchObject({ paid: 15_000, outstanding: 15_000 });
    expect(result.lastPaidDate?.toISOString().slice(0, 10)).toBe("2021-04-05");
  });
});
