/**
 * A change that reaches a closed office-year (issue 11): which closed years it changes and the settlement each
 * payer will then have (what it should pay after the change − what was invoiced). A contact cannot make such a
 * change; the secretariat can, with a reason — the rule is checked at preview and again inside the save's
 * transaction.
 */
import type { DbClient } from "../db/types";
import type { OfficeYearEffect } from "../shares/share-effects";
import { Refusal } from "../actions/refusal";
import { currentClosing, type ClosingRecord, type InvoiceLineRecord } from "./billing-state";
import { loadClosings, loadInvoiceLines } from "./load-billing-records";

export type ClosedYearSettlement = {
  officeId: string;
  officeName: string;
  year: number;
  lines: { code: string; name: string; invoiced: number; after: number; settlement: number }[];
};

export function closedYearSettlements(options: {
  effects: readonly OfficeYearEffect[];
  closings: readonly ClosingRecord[];
  lines: readonly InvoiceLineRecord[];
  names: ReadonlyMap<string, string>;
  officeNames: ReadonlyMap<string, string>;
}): ClosedYearSettlement[] {
  return options.effects.flatMap((effect) => {
    const closings = options.closings.filter((c) => c.officeId === effect.officeId && c.year === effect.year);
    if (!currentClosing(closings)) return [];
    const ids = new Set(closings.map((c) => c.id));
    const invoicedOf = (code: string) =>
      options.lines
        .filter((line) => ids.has(line.closingId) && line.municipalityCode === code)
        .reduce((sum, line) => sum + line.amount, 0);
    const lines = effect.lines
      .filter((line) => line.amount !== line.previousAmount)
      .map((line) => {
        const invoiced = invoicedOf(line.code);
        return {
          code: line.code,
          name: options.names.get(line.code) ?? line.code,
          invoiced,
          after: line.amount,
          settlement: line.amount - invoiced,
        };
      });
    return [
      {
        officeId: effect.officeId,
        officeName: options.officeNames.get(effect.officeId) ?? "",
        year: effect.year,
        lines,
      },
    ];
  });
}

/** The closed office-years a change reaches, read in the same transaction as the change. */
export async function settlementsOfChange(options: {
  db: DbClient;
  agreementId: string;
  effects: readonly OfficeYearEffect[];
  names: ReadonlyMap<string, string>;
  officeNames: ReadonlyMap<string, string>;
}): Promise<ClosedYearSettlement[]> {
  if (options.effects.length === 0) return [];
  const scope = { db: options.db, agreementId: options.agreementId };
  const closings = await loadClosings(scope);
  // No effect reaches a closed year (the usual case): the invoice lines are not needed.
  const reachesClosed = options.effects.some((effect) =>
    currentClosing(closings.filter((c) => c.officeId === effect.officeId && c.year === effect.year)),
  );
  if (!reachesClosed) return [];
  return closedYearSettlements({ ...options, closings, lines: await loadInvoiceLines(scope) });
}

/**
 * The rule: a contact is refused with an explanation and whom to ask; the secretariat must give a reason.
 * `secretariatEmail` is shown to the contact.
 */
export function guardClosedYears(options: {
  actor: { role: string };
  settlements: readonly ClosedYearSettlement[];
  reason: string | undefined;
  secretariatEmail?: string;
}) {
  const { settlements } = options;
  if (settlements.length === 0) return;
  const years = settlements.map((s) => `${s.officeName} ${s.year}`).join(", ");
  if (options.actor.role === "MUNICIPAL_CONTACT") {
    throw new Refusal(
      `Beslutningen ændrer beløb i et år, der er lukket og opkrævet (${years}). Et lukket år kan kun ændres af ` +
        "KKR-sekretariatet, så forskellen bliver en efterregulering og ikke en stille ændring. Kontakt sekretariatet" +
        (options.secretariatEmail ? ` (${options.secretariatEmail})` : "") +
        " med referatet — beslutningen er ikke gemt.",
    );
  }
  if (!options.reason) {
    throw new Refusal(`Beslutningen ændrer lukkede år (${years}). Skriv en begrundelse for efterreguleringen.`, {
      field: "closedYearReason",
    });
  }
}
