import { formatDate } from "@/lib/format";

/**
 * What the period's population figures are (issue 12): their date, and a note where they are not the official
 * figures for the period (the demo reuses 2021's: "Demodata: befolkningstal pr. 1.1.2021 genbrugt …").
 */
export function PopulationNote({
  agreement,
}: {
  agreement: { populationBasisDate: Date; populationNote: string | null };
}) {
  return (
    <p className="text-sm text-slate-700" data-testid="population-note">
      Befolkningstal pr. {formatDate(agreement.populationBasisDate)}.
      {agreement.populationNote && (
        <strong className="ml-1 font-medium text-amber-900">{agreement.populationNote}</strong>
      )}
    </p>
  );
}
