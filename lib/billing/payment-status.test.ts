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

  it("a settlement invoiced after the year's invoice is not overdue by that invoice's due date (a try-out's find)", () => {
    // Greve paid the closing's 33.424 kr.; a settlement of 1.707 kr. followed, its invoice not registered yet.
    const paidClosing = [invoice("2021-04-01", [33_424, "2021-03-20"])];
    const status = (invoices: ReturnType<typeof invoice>[], rounds?: number[]) =>
      paymentStatus({ invoiced: 35_131, invoices, rounds, today });
    expect(status(paidClosing, [33_424, 1_707])).toMatchObject({
      status: "NOT_INVOICED",
      outstanding: 1_707,
      overdue: 0,
    });
    // Measured against the old invoice alone, it was «Forfalden» since 1 April.
    expect(status(paidClosing).status).toBe("OVERDUE");
    // Its own invoice registered: overdue once that one is due, and then only by what it asks for.
    expect(status([...paidClosing, invoice("2021-05-01")], [33_424, 1_707]).status).toBe("PARTLY_PAID");
    expect(status([...paidClosing, invoice("2021-04-05")], [33_424, 1_707])).toMatchObject({
      status: "OVERDUE",
      overdue: 1_707,
    });
    // Neither paid, the first overdue: only its part is overdue.
    expect(status([invoice("2021-04-01")], [33_424, 1_707])).toMatchObject({ status: "OVERDUE", overdue: 33_424 });
  });
});
