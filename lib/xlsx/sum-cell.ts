/**
 * A sum as a formula with its result, as every workbook of the app writes them. exceljs leaves a result of 0 out of
 * the file, so a reader that does not calculate (a finance system's import, a preview) saw an empty cell: a sum of
 * 0 is written as the number 0 (there is nothing for it to follow).
 */
export function sumCell(formula: string, result: number): number | { formula: string; result: number } {
  return result === 0 ? 0 : { formula, result };
}
