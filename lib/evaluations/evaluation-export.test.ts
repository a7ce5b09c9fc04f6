import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { evaluationXlsx } from "./evaluation-export";

describe("the key figures as XLSX", () => {
  it("shows amounts as whole numbers under their «(kr.)» header, without «kr.» once more", async () => {
    const bytes = await evaluationXlsx([
      {
        reportId: "r1",
        officeId: "o1",
        officeName: "CLEAN",
        year: 2022,
        dueDate: new Date(Date.UTC(2023, 2, 1)),
        status: "APPROVED",
        overdue: false,
        notYetOpen: false,
        returnComment: null,
        approved: true,
        kpis: {
          version: 2,
          companiesEngaged: 140,
          smesEngaged: 96,
          eventsHeld: 12,
          eventParticipants: 1250,
          collaborationProjects: 7,
          externalFundingKr: 2_500_000,
        },
      },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const sheet = workbook.getWorksheet("Nøgletal")!;
    const header = sheet.getRow(1).values as unknown[];
    const funding = header.indexOf("Tiltrukket ekstern finansiering (kr.)");
    expect(funding).toBeGreaterThan(0);
    expect(sheet.getRow(2).getCell(funding).value).toBe(2_500_000);
    for (let column = 6; column < header.length; column++) expect(sheet.getColumn(column).numFmt).toBe("#,##0");
  });
});
