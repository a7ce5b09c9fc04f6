import { describe, expect, it } from "vitest";
import { toInvoice } from "./billing-state";

describe("what closing would invoice", () => {
  it("a first closing: everything each payer should pay", () => {
    const offices = [
      {
        payers: [
          { computed: 24_292, invoiced: 0 },
          { computed: 475_708, invoiced: 0 },
        ],
      },
    ];
    expect(toInvoice(offices)).toEqual({ charged: 500_000, credited: 0 });
  });

  it("a reopened year whose shares moved: the extra invoices and the credit apart, not a net 0 kr.", () => {
    // Stevns said Nej after the first closing: it is credited what it paid, the others pay its share between them.
    const offices = [
      {
        payers: [
          { computed: 0, invoiced: 15_935 },
          { computed: 31_000, invoiced: 23_000 },
          { computed: 16_935, invoiced: 9_000 },
          { computed: 500_000, invoiced: 500_000 },
        ],
      },
    ];
    expect(toInvoice(offices)).toEqual({ charged: 15_935, credited: 15_935 });
  });

  it("adds up over several offices", () => {
    const one = { payers: [{ computed: 1_000, invoiced: 0 }] };
    const two = {
      payers: [
        { computed: 0, invoiced: 300 },
        { computed: 700, invoiced: 400 },
      ],
    };
    expect(toInvoice([one, two])).toEqual({ charged: 1_300, credited: 300 });
  });
});
