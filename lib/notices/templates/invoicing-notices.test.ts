import { describe, expect, it } from "vitest";
import { yearInvoicedMail, type InvoicedLine } from "./invoicing-notices";

const mail = (lines: InvoicedLine[], closing = false) =>
  yearInvoicedMail({
    municipality: { name: "Greve", code: "0253" },
    year: 2025,
    periodId: "p",
    lines,
    closing,
    required: false,
  });
const line = (officeName: string, amount: number, settlement = true): InvoicedLine => ({
  officeName,
  amount,
  settlement,
  isLead: false,
});

describe("the mail of what a municipality is invoiced", () => {
  it("a closing: each office's amount and the sum, charged", () => {
    const m = mail([line("CLEAN", 24_292, false), line("We Build Denmark", 23_000, false)], true);
    expect(m.subject).toBe("Opkrævning 2025 for Greve Kommune: 47.292 kr. opkræves");
    expect(m.text).toContain("CLEAN 2025: 24.292 kr. opkræves");
    expect(m.text).toContain("I alt: 47.292 kr. opkræves.");
  });

  it("settlements: a credit is said as one, never as a negative charge; the net decides the subject", () => {
    const credit = mail([line("Life Science", -3_984)]);
    expect(credit.subject).toBe("Efterregulering 2025 for Greve Kommune: 3.984 kr. krediteres");
    expect(credit.text).toContain("KKR-sekretariatet har krediteret efterreguleringer for 2025");
    expect(credit.text).toContain("Life Science 2025, efterregulering: 3.984 kr. krediteres");
    expect(credit.text).not.toMatch(/[−-]\d/);
    const both = mail([line("CLEAN", 1_403), line("Life Science", -3_984)]);
    expect(both.subject).toBe("Efterregulering 2025 for Greve Kommune: 2.581 kr. krediteres");
    expect(both.text).toContain("har opkrævet og krediteret efterreguleringer");
    expect(both.text).toContain("CLEAN 2025, efterregulering: 1.403 kr. opkræves");
  });
});
