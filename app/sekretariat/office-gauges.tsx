import { officeCardsData, type OfficeForCard } from "@/lib/secretariat/office-cards-data";
import { deriveFromKept } from "@/lib/shares/agreement-cache";
import { OfficeCards } from "./overview-parts";

/** The cards' data, kept with the overview's offices (as the matrix's, ./decision-matrix.tsx): never old (issue 17). */
export function OfficeGauges({ offices, year }: { offices: OfficeForCard[]; year: number }) {
  return <OfficeCards cards={deriveFromKept(offices, `cards:${year}`, () => officeCardsData(offices, year))} />;
}
