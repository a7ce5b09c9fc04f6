import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sumCell } from "./sum-cell";

describe("a sum in a workbook", () => {
  it("reads back with its value also when it is 0 (a try-out saw the invoicing file's empty totals)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Ark");
    sheet.addRow([5, 0]);
    sheet.addRow([sumCell("SUM(A1:A1)", 5), sumCell("SUM(B1:B1)", 0)]);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    const row = read.getWorksheet("Ark")!.getRow(2);
    expect(row.getCell(1).value).toEqual({ formula: "SUM(A1:A1)", result: 5 });
    expect(row.getCell(2).value).toBe(0);
  });
});
