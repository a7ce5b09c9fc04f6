import { ScrollTable } from "@/components/scroll-table";
import { matrixCaption, matrixHtml, type MatrixProps, type MatrixView } from "@/lib/secretariat/matrix-html";

/** What the matrix shows in its cells: each council's decision, or what each municipality pays (issue 16). */
export type { MatrixView };

/**
 * The matrix's HTML, kept with the overview it was written from: loadOverview keeps that overview with the
 * computed agreement of one dataVersion (lib/shares/agreement-cache.ts deriveFromView), so after a save there is
 * a new overview, a new `rows` array and a new matrix — never an old one (issue 17).
 */
const written = new WeakMap<object, Map<string, string>>();

function cachedMatrixHtml(props: MatrixProps): string {
  let byView = written.get(props.rows);
  if (!byView) written.set(props.rows, (byView = new Map()));
  const key = `${props.view}:${props.periodId}:${props.year}`;
  let html = byView.get(key);
  if (html === undefined) byView.set(key, (html = matrixHtml(props)));
  return html;
}

export function DecisionMatrix(props: MatrixProps) {
  return (
    <ScrollTable
      label={matrixCaption(props.view, props.year)}
      hint="Tabellen er bredere end skærmen: stryg til siden for at se alle kontorer."
    >
      {/* Written as text once per saved version (matrix-html.ts): every value in it is escaped there. */}
      <div dangerouslySetInnerHTML={{ __html: cachedMatrixHtml(props) }} />
    </ScrollTable>
  );
}
