import { ScrollTable } from "@/components/scroll-table";
import { matrixCaption, matrixData, type MatrixProps } from "@/lib/secretariat/matrix-data";
import type { MatrixData, MatrixView } from "@/lib/secretariat/matrix-html";
import { MatrixTable } from "./overview-parts";

/** What the matrix shows in its cells: each council's decision, or what each municipality pays (issue 16). */
export type { MatrixView };

/**
 * The matrix's data, kept with the overview it was made from: loadOverview keeps that overview with the computed
 * agreement of one dataVersion (lib/shares/agreement-cache.ts deriveFromView), so after a save there is a new
 * overview, a new `rows` array and new data — never old data (issue 17).
 */
const made = new WeakMap<object, Map<string, MatrixData>>();

function cachedMatrixData(props: MatrixProps): MatrixData {
  let byView = made.get(props.rows);
  if (!byView) made.set(props.rows, (byView = new Map()));
  const key = `${props.view}:${props.periodId}:${props.year}`;
  let data = byView.get(key);
  if (data === undefined) byView.set(key, (data = matrixData(props)));
  return data;
}

export function DecisionMatrix(props: MatrixProps) {
  return (
    <ScrollTable
      label={matrixCaption(props.view, props.year)}
      hint="Tabellen er bredere end skærmen: stryg til siden for at se alle kontorer."
    >
      <MatrixTable data={cachedMatrixData(props)} />
    </ScrollTable>
  );
}
