import { officeCardsData, type OfficeForCard } from "@/lib/secretariat/office-cards-data";
import type { OfficeCardData } from "@/lib/secretariat/office-cards-html";
import { OfficeCards } from "./overview-parts";

/**
 * The cards' data, kept with the overview it was made from (as the matrix's, ./decision-matrix.tsx): a save makes
 * a new overview and so new cards, never old ones (issue 17).
 */
const made = new WeakMap<object, Map<number, OfficeCardData[]>>();

export function OfficeGauges({ offices, year }: { offices: OfficeForCard[]; year: number }) {
  let byYear = made.get(offices);
  if (!byYear) made.set(offices, (byYear = new Map()));
  let cards = byYear.get(year);
  if (cards === undefined) byYear.set(year, (cards = officeCardsData(offices, year)));
  return <OfficeCards cards={cards} />;
}
