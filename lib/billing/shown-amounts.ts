import { createHash } from "node:crypto";
import { Refusal } from "../actions/refusal";
import type { PayerBilling } from "./billing-state";

export type ShownOfficeYear = {
  officeId: string;
  /** Why the office-year is not settled, in words ("" when it is): it decides whether a reason is asked for. */
  unsettled: string;
  payers: readonly Pick<PayerBilling, "code" | "isLead" | "computed" | "invoiced">[];
};

/**
 * What a closing or settlement form showed of its office-years, as a short text the form sends back: every payer
 * with what it should pay and what it was invoiced, and why the year is not settled. The action computes it again
 * from the period as it is in its transaction and goes ahead only when it is the same — so nothing is invoiced that
 * the user did not see, and a save that changes nothing of it (another year, another office) does not stop the user
 * (issue 11; docs/decisions/0017-closing-and-settlements.md). The order of the offices does not matter.
 */
export function shownAmounts(officeYears: readonly ShownOfficeYear[]): string {
  const text = [...officeYears]
    .sort((a, b) => (a.officeId < b.officeId ? -1 : a.officeId > b.officeId ? 1 : 0))
    .map(
      (o) =>
        `${o.officeId}|${o.unsettled}|` +
        o.payers.map((p) => `${p.code}:${p.isLead ? 1 : 0}:${p.computed}:${p.invoiced}`).join(","),
    )
    .join("\n");
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

/** An open office-year as a closing form shows it: every payer's amount, and why the year is not settled. */
export function closingShown(office: { id: string; unsettled: string; payers: ShownOfficeYear["payers"] }) {
  return { officeId: office.id, unsettled: office.unsettled, payers: office.payers } satisfies ShownOfficeYear;
}

/**
 * A closed office-year's open settlements as the settlement form shows them: every payer's amount against what it was
 * invoiced (whether the year was settled plays no part in invoicing them).
 */
export function settlementsShown(office: { id: string; payers: ShownOfficeYear["payers"] }): ShownOfficeYear {
  return { officeId: office.id, unsettled: "", payers: office.payers };
}

/** What a refused close or settlement says changed: a close also compares why the year is not settled. */
const CHANGED_SINCE_SHOWN = {
  closing: {
    what: "Beløbene eller årets afklaring er ændret",
    done: "Intet er lukket.",
    now: "Siden viser året, som det står nu: se det igen, før du fortsætter.",
  },
  settlements: {
    what: "Beløbene er ændret",
    done: "Intet er opkrævet.",
    now: "Siden viser nu de nye beløb: se dem igen, før du fortsætter.",
  },
} as const;

/**
 * Refuses when what the form showed (`shown`, from shownAmounts) is not what the action would do now. `shown` left
 * out (scripts): no comparison. The digest cannot say which part changed, so a close's refusal names both: a
 * pending council's "Ja" changes no amount, only how many have not decided.
 */
export function refuseIfChanged(
  shown: string | undefined,
  now: readonly ShownOfficeYear[],
  kind: keyof typeof CHANGED_SINCE_SHOWN,
) {
  if (shown === undefined || shown === shownAmounts(now)) return;
  const { what, done, now: showsNow } = CHANGED_SINCE_SHOWN[kind];
  throw new Refusal(`${what}, siden siden blev vist — en anden har gemt noget i perioden imens. ${done} ${showsNow}`);
}
