import { ScrollTable } from "@/components/scroll-table";
import { matrixCaption, matrixData, type MatrixProps } from "@/lib/secretariat/matrix-data";
import type { MatrixView } from "@/lib/secretariat/matrix-html";
import { deriveFromKept } from "@/lib/shares/agreement-cache";
import { MatrixTable } from "./overview-parts";
import { withHtmlKey } from "@/lib/html/written-once";

/** What the matrix shows in its cells: each council's decision, or what each municipality pays (issue 16). */
export type { MatrixView };

export function DecisionMatrix(props: MatrixProps) {
  return (
    <ScrollTable
      label={matrixCaption(props.view, props.year)}
      hint="Tabellen er bredere end skærmen: stryg til siden for at se alle kontorer."
    >
      {/* Kept with the overview's rows, which are kept with one computed agreement: a save makes new ones (issue 17). */}
      <MatrixTable
        data={deriveFromKept(props.rows, `matrix:${props.view}:${props.periodId}:${props.year}`, () =>
          withHtmlKey(matrixData(props)),
        )}
      />
    </ScrollTable>
  );
}
