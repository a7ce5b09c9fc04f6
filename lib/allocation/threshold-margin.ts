import type { Allocation } from "./allocate";

/**
 * How many more "Nej" an office-year can absorb before its total is reduced: participants (Ja + Afventer)
 * minus the requirement. 0 means the next "Nej" reduces the total; negative means it already is reduced.
 */
export function noMargin(allocation: Pick<Allocation, "yes" | "pending" | "required">): number {
  return allocation.yes + allocation.pending - allocation.required;
}
