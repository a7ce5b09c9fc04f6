/**
 * The overview's matrix as data for lib/secretariat/matrix-html.ts: every number and date formatted here, on the
 * server (da-DK), so the HTML written in the browser is the same as the server's, character for character.
 */
import { formatDate, formatKroner, formatNumber } from "../format";
import type { MatrixCell } from "./load-overview";
import type { MatrixData, MatrixView } from "./matrix-html";

export type MatrixProps = {
  /** The period shown: the municipality pages open on it. */
  periodId: string;
  year: number;
  view: MatrixView;
  offices: { id: string; name: string }[];
  rows: { code: string; name: string; population: number; cells: MatrixCell[] }[];
};

export function matrixCaption(view: MatrixView, year: number) {
  return view === "beloeb"
    ? `Kommunernes beløb pr. klyngekontor i ${year}`
    : `Kommunernes beslutninger pr. klyngekontor i ${year}`;
}

function cellNote(cell: MatrixCell): string {
  if (cell.state === "LEAD") return "Leadkommune";
  if (cell.meetingDate) return `Besluttet ${formatDate(cell.meetingDate)}`;
  return "Ingen beslutning registreret";
}

export function matrixData({ periodId, year, view, offices, rows }: MatrixProps): MatrixData {
  const amounts = view === "beloeb";
  const notes: string[] = [];
  const noteIndex = new Map<string, number>();
  const note = (cell: MatrixCell) => {
    const text = cellNote(cell);
    let index = noteIndex.get(text);
    if (index === undefined) noteIndex.set(text, (index = notes.push(text) - 1));
    return index;
  };
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const officeTotals = offices.map((_office, index) => sum(rows.map((row) => row.cells[index]!.amount)));
  return {
    view,
    caption: matrixCaption(view, year),
    periodId,
    offices: offices.map(({ id, name }) => ({ id, name })),
    notes,
    rows: rows.map((row) => ({
      code: row.code,
      name: row.name,
      population: formatNumber(row.population),
      cells: row.cells.map((cell) =>
        amounts ? [cell.state, formatKroner(cell.amount), cell.provisional ? 1 : 0] : [cell.state, note(cell)],
      ),
      ...(amounts ? { total: formatKroner(sum(row.cells.map((cell) => cell.amount))) } : {}),
    })),
    totals: {
      // The rows shown, as the amounts: a filtered table adds up to what it shows.
      population: formatNumber(sum(rows.map((row) => row.population))),
      ...(amounts ? { offices: officeTotals.map(formatKroner), all: formatKroner(sum(officeTotals)) } : {}),
    },
  };
}
