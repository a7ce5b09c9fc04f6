/**
 * What was invoiced against what should be paid (issue 11), per office-year and payer. Pure: the engine's
 * allocation is the truth of what *should* be paid; the invoice lines are what was asked for; the difference of a
 * closed office-year is its open settlement (efterregulering: an extra invoice when positive, a credit when
 * negative). An office-year is closed while its newest closing is not reopened.
 */
import { formatCount } from "../format";
import { amountFor, type OfficeYearAllocation } from "../allocation";

export type ClosingRecord = {
  id: string;
  officeId: string;
  year: number;
  round: number;
  closedAt: Date;
  reopenedAt: Date | null;
  version: number;
};
export type InvoiceLineRecord = {
  closingId: string;
  municipalityCode: string;
  amount: number;
  /** When the portal invoiced it (a closing's line, or a settlement's): the payments page orders rounds by it. */
  at?: Date;
};

export type PayerBilling = {
  code: string;
  isLead: boolean;
  /** What the engine says now. */
  computed: number;
  /** The sum of every invoice line (closings and settlements). */
  invoiced: number;
  /** computed − invoiced, for a closed office-year; 0 while it is open. */
  settlement: number;
};

export type OfficeYearBilling = {
  officeId: string;
  year: number;
  /** The closing in force, if the office-year is closed. */
  closing: ClosingRecord | null;
  /** Every closing, newest first (reopened ones too). */
  closings: ClosingRecord[];
  payers: PayerBilling[];
  computed: number;
  invoiced: number;
  settlement: number;
};

export const UNSETTLED_TEXT = {
  PENDING: "ikke alle kommuner har besluttet sig",
  LEAD_MISSING: "kontoret mangler en leadkommune",
  REDUCED_WITHOUT_POOL: "totalen er reduceret, men den reducerede pulje er ikke aftalt",
} as const;

/** The reasons an office-year is not settled, in words ("" when it is). */
export function unsettledText(entry: Pick<OfficeYearAllocation, "unsettled" | "allocation">): string {
  return entry.unsettled
    .map((reason) =>
      reason === "PENDING"
        ? `${formatCount(entry.allocation.pending, "kommune har", "kommuner har")} ikke besluttet sig`
        : UNSETTLED_TEXT[reason],
    )
    .join("; ");
}

export function currentClosing(closings: readonly ClosingRecord[]): ClosingRecord | null {
  const newest = [...closings].sort((a, b) => b.round - a.round)[0];
  return newest && !newest.reopenedAt ? newest : null;
}

export function officeYearBilling(options: {
  entry: OfficeYearAllocation;
  /** The region's municipality codes, in display order. */
  codes: readonly string[];
  closings: readonly ClosingRecord[];
  lines: readonly InvoiceLineRecord[];
}): OfficeYearBilling {
  const { entry, codes } = options;
  const closings = options.closings
    .filter((c) => c.officeId === entry.officeId && c.year === entry.year)
    .sort((a, b) => b.round - a.round);
  const closingIds = new Set(closings.map((c) => c.id));
  const lines = options.lines.filter((line) => closingIds.has(line.closingId));
  const closing = currentClosing(closings);
  const payers = codes
    .map((code): PayerBilling => {
      const now = amountFor(entry, code);
      const invoiced = lines.filter((l) => l.municipalityCode === code).reduce((sum, l) => sum + l.amount, 0);
      return {
        code,
        isLead: now.isLead,
        computed: now.amount,
        invoiced,
        settlement: closing ? now.amount - invoiced : 0,
      };
    })
    // Everyone who should pay or was ever invoiced: a municipality credited back to 0 kr. is still a line (issue 11).
    .filter((payer) => payer.computed !== 0 || lines.some((l) => l.municipalityCode === payer.code));
  const sum = (pick: (p: PayerBilling) => number) => payers.reduce((total, p) => total + pick(p), 0);
  return {
    officeId: entry.officeId,
    year: entry.year,
    closing,
    closings,
    payers,
    computed: sum((p) => p.computed),
    invoiced: sum((p) => p.invoiced),
    settlement: sum((p) => p.settlement),
  };
}

/**
 * What closing these office-years would invoice, and — after a reopening, when a payer's amount fell — credit: every
 * payer's difference between what it should pay and what it was invoiced, the extra and the credits apart (both
 * ≥ 0). A net sum would hide them: a reopened year whose shares moved between payers nets to 0 kr.
 */
export function toInvoice(offices: readonly { payers: readonly Pick<PayerBilling, "computed" | "invoiced">[] }[]) {
  const differences = offices.flatMap((office) => office.payers.map((payer) => payer.computed - payer.invoiced));
  return {
    charged: differences.filter((d) => d > 0).reduce((sum, d) => sum + d, 0),
    credited: differences.filter((d) => d < 0).reduce((sum, d) => sum - d, 0),
  };
}
