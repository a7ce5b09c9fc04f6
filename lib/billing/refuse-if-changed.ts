import { Refusal } from "../actions/refusal";

/**
 * Closing and invoicing act on the amounts the user's page showed (its period's `dataVersion`). Called right after
 * the transaction's own bump (bumpAgreementVersion): the version before it must be the one shown, else someone saved
 * something in the period in between and the amounts may differ from what the user confirmed. `expected` left out
 * (scripts): no comparison.
 */
export function refuseIfChanged(bumpedVersion: number, expected: number | undefined, nothingDone: string) {
  if (expected === undefined || bumpedVersion - 1 === expected) return;
  throw new Refusal(
    `Beløbene er ændret, siden siden blev vist — en anden har gemt noget i perioden imens. ${nothingDone} ` +
      "Siden viser nu de nye beløb: se dem igen, før du fortsætter.",
  );
}
