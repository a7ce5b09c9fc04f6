import { describe, expect, it } from "vitest";
import { paymentSchema } from "./billing-schemas";

const valid = {
  municipalityCode: "0320",
  office: "clean",
  reference: "F-100",
  invoiceDate: "2025-01-15",
  dueDate: "2025-02-15",
  amount: "24.292 kr.",
  paidDate: "2025-02-10",
};
const messages = (change: Record<string, string>) => {
  const result = paymentSchema.safeParse({ ...valid, ...change });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("a payment typed in by hand", () => {
  it("takes the amount as a user writes it", () => {
    const result = paymentSchema.safeParse(valid);
    expect(result.success && result.data.amount).toBe(24_292);
  });

  it.each([
    ["-500", "Det betalte beløb skal være over 0 kr."],
    ["0", "Det betalte beløb skal være over 0 kr."],
    ["12,50", "Skriv beløbet i hele kroner."],
    ["femhundrede", "Skriv beløbet i hele kroner."],
  ])("says what is wrong with the amount «%s»", (amount, message) => {
    expect(messages({ amount })).toEqual([message]);
  });

  it("refuses a payment dated before its invoice", () => {
    expect(messages({ paidDate: "2025-01-01" })).toEqual(["Betalingsdatoen ligger før fakturadatoen."]);
    expect(messages({ paidDate: "2025-01-15" })).toEqual([]);
  });
});
