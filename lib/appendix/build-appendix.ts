/**
 * The appendix (bilag) of one agreement-year: per office its leads and every municipality's share with its
 * percentage of the pool, and per municipality its total across offices. Built from the engine's results
 * (lib/shares/load-agreement.ts) — the page, the XLSX and the CSV all render this one model.
 */
import type { AgreementView } from "../shares/load-agreement";
import type { DecisionState, ThresholdStatus } from "../allocation";

export type AppendixRow = {
  code: string;
  name: string;
  population: number;
  state: DecisionState | "LEAD";
  amount: number;
  /** Share of the pool in basis points (1/100 %); 0 for leads and non-participants. */
  poolBasisPoints: number;
  provisional: boolean;
};

export type AppendixOffice = {
  id: string;
  name: string;
  status: ThresholdStatus;
  eligible: number;
  required: number;
  participants: number;
  leads: AppendixRow[];
  rows: AppendixRow[];
  pool: number;
  leadTotal: number;
  total: number;
  /** No lead for the year, or one has left: the lead contribution is short until a new lead is recorded. */
  leadMissing: boolean;
  settled: boolean;
};

export type Appendix = {
  agreementName: string;
  regionName: string;
  year: number;
  populationBasisDate: Date;
  offices: AppendixOffice[];
  municipalityTotals: { code: string; name: string; total: number; provisional: boolean }[];
  grandTotal: number;
};

/** Percent of the pool with two decimals, as basis points rounded half up — for display only. */
function basisPoints(amount: number, pool: number): number {
  return pool > 0 ? Math.round((amount * 10_000) / pool) : 0;
}

export function buildAppendix(view: AgreementView, year: number): Appendix {
  const offices = view.offices.map((office): AppendixOffice => {
    const entry = view.allocationFor(office.id, year);
    const { allocation } = entry;
    const byCode = new Map(view.municipalities.map((m) => [m.code, m]));
    const leads = entry.leads.map((lead) => ({
      code: lead.code,
      name: byCode.get(lead.code)!.name,
      population: byCode.get(lead.code)!.population,
      state: "LEAD" as const,
      amount: lead.amount,
      poolBasisPoints: 0,
      // «foreløbig» as the municipality's page, its agenda PDF and the overview say it (0014): every amount of an
      // office-year that is not settled may still move; only a «Nej» is final.
      provisional: !entry.settled,
    }));
    const rows = entry.states.map(({ code, state }) => {
      const share = allocation.shares.find((s) => s.code === code);
      const amount = share?.amount ?? 0;
      return {
        code,
        name: byCode.get(code)!.name,
        population: byCode.get(code)!.population,
        state,
        amount,
        poolBasisPoints: basisPoints(amount, allocation.pool),
        provisional: !entry.settled && state !== "NO",
      };
    });
    const leadTotal = leads.reduce((sum, lead) => sum + lead.amount, 0);
    return {
      id: office.id,
      name: office.name,
      status: allocation.status,
      eligible: allocation.eligible,
      required: allocation.required,
      participants: allocation.yes + allocation.pending,
      leads,
      rows,
      leadMissing: entry.leadMissing,
      settled: entry.settled,
      pool: allocation.pool,
      leadTotal,
      total: allocation.total,
    };
  });
  const municipalityTotals = view.municipalities.map((m) => {
    const lines = offices.flatMap((o) => [...o.leads, ...o.rows]).filter((row) => row.code === m.code);
    return {
      code: m.code,
      name: m.name,
      total: lines.reduce((sum, row) => sum + row.amount, 0),
      provisional: lines.some((row) => row.provisional),
    };
  });
  return {
    agreementName: view.agreement.name,
    regionName: view.agreement.region.kkrName,
    year,
    populationBasisDate: view.agreement.populationBasisDate,
    offices,
    municipalityTotals,
    grandTotal: offices.reduce((sum, o) => sum + o.total, 0),
  };
}
