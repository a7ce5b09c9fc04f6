import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { pdfText, type PdfText } from "../testing/pdf-text";
import { recordDecisions } from "../decisions/record-decisions";
import { loadMunicipalityOverview } from "../shares/load-municipality-overview";
import { formatKroner } from "../format";
import { loadAgendaPacket } from "./load-agenda-packet";
import { agendaPdf } from "./agenda-pdf";
import { loadStatementExport } from "./load-statement-export";
import { statementCsv } from "./statement-export";
import { statementXlsx } from "./statement-xlsx";

let t: TestDatabase;
let pdf: PdfText;
let overview: NonNullable<Awaited<ReturnType<typeof loadMunicipalityOverview>>>;
const TODAY = new Date("2025-02-20T09:00:00+01:00");

async function decide(code: string, decision: "YES" | "NO", officeSlugs: string[], from: number, approved?: number) {
  const secretariat = await t.db.user.findFirstOrThrow({ where: { role: "SECRETARIAT" } });
  const municipality = await t.db.municipality.findUniqueOrThrow({ where: { code } });
  const agreement = await t.db.agreement.findFirstOrThrow();
  const offices = await t.db.clusterOffice.findMany({
    where: { slug: { in: officeSlugs }, agreementId: agreement.id },
  });
  const participations = await t.db.participation.findMany({
    where: { municipalityId: municipality.id, officeId: { in: offices.map((o) => o.id) } },
  });
  await recordDecisions({
    db: t.db,
    actor: secretariat,
    municipalityId: municipality.id,
    agreementId: agreement.id,
    input: {
      officeIds: offices.map((o) => o.id),
      decision,
      effectiveFromYear: from,
      councilBody: "Byrådet",
      meetingDate: `${from - 1}-11-25`,
      caseReference: "Punkt 4",
      isCorrection: false,
      minutesUrl: undefined,
      note: undefined,
      correctionReason: undefined,
      closedYearReason: undefined,
      approvedAmountPerYear: approved,
    },
    expectedVersions: Object.fromEntries(participations.map((p) => [p.officeId, p.version])),
  });
}

beforeAll(async () => {
  t = await createTestDatabase();
  const all = ["we-build-denmark", "clean", "food-bio-cluster", "life-science-cluster"];
  // Køge says Ja to everything with a grant of 20.000 kr. a year; Holbæk and Lejre leave CLEAN from 2023.
  await decide("0259", "YES", all, 2021, 20_000);
  await decide("0316", "NO", ["clean"], 2023);
  await decide("0350", "NO", ["clean"], 2023);
  const koege = await t.db.municipality.findUniqueOrThrow({ where: { code: "0259" }, include: { region: true } });
  const agreement = await t.db.agreement.findFirstOrThrow();
  overview = (await loadMunicipalityOverview({ municipality: koege, agreementId: agreement.id, db: t.db }))!;
  const packet = await loadAgendaPacket({ municipality: koege, agreementId: agreement.id, db: t.db, today: TODAY });
  pdf = await pdfText(await agendaPdf(packet!));
});
afterAll(async () => {
  await t.drop();
});

describe("the agenda attachment (PDF)", () => {
  it("is an A4, tagged, Danish document named after the municipality and the period", () => {
    expect(pdf.sizes.every(([w, h]) => w === 595 && h === 842)).toBe(true);
    expect(pdf.language).toBe("da-DK");
    expect(pdf.tagged).toBe(true);
    expect(pdf.title).toBe("Køge Kommunes medfinansiering af de regionale klyngekontorer 2021–2024");
    expect(pdf.text).toContain("KKR Sjælland · Dagsordensbilag");
    expect(pdf.text).toMatch(/Opgjort 20\. februar 2025 · dataversion \d+/);
    expect(pdf.text).toContain("Periode: Regionale klyngekontorer 2021-2024 · 61.475 indbyggere pr. 1. januar 2021");
    expect(pdf.pages.at(-1)).toContain(`side ${pdf.pages.length} af ${pdf.pages.length}`);
  });

  it("says every amount of the municipality page, with its decision, how sure it is and its ceiling", () => {
    const lines = pdf.text.split("\n");
    for (const { office, years } of overview.offices) {
      const start = lines.indexOf(office.name);
      expect(start, office.name).toBeGreaterThan(0);
      for (const cell of years) {
        const line = lines.slice(start).find((l) => l.startsWith(`${cell.year} `))!;
        const provisional = !cell.settled && cell.state !== "NO";
        const decision = { YES: "Ja", NO: "Nej", PENDING: "Afventer", LEAD: "Lead" }[cell.state];
        expect(line).toContain(
          `${cell.year} ${decision} ${formatKroner(cell.amount)}${provisional ? " (foreløbig)" : ""} ${formatKroner(cell.ceiling)}`,
        );
      }
    }
    for (const total of overview.totals) {
      expect(pdf.text).toContain(
        `${total.year} ${formatKroner(total.amount)} ${formatKroner(total.ceiling)} ${total.provisional ? "foreløbig" : "endelig"}`,
      );
    }
    const sum = overview.totals.reduce((s, x) => s + x.amount, 0);
    expect(pdf.text).toContain(`I alt for perioden ${formatKroner(sum)}`);
  });

  it("warns where an amount can exceed the council's grant, and states the rules in two sentences", () => {
    expect(pdf.text.replace(/\n/g, " ")).toContain("over bevillingen på 20.000 kr.");
    const flat = pdf.text.replace(/\n/g, " ");
    expect(flat).toContain(
      "Leadkommunen betaler et fast bidrag, og puljen på 500.000 kr. pr. kontor pr. år fordeles mellem de deltagende kommuner efter indbyggertal pr. 1. januar 2021 i hele kroner.",
    );
    expect(flat).toContain("Totalen fastholdes, så længe mindst 85 % af de øvrige kommuner deltager");
  });
});

describe("the municipality's statement across all years", () => {
  it("has one row per office and year, as on the page, in CSV for Danish Excel", async () => {
    const koege = await t.db.municipality.findUniqueOrThrow({ where: { code: "0259" } });
    const statement = await loadStatementExport({ municipality: koege, db: t.db });
    expect(statement.rows).toHaveLength(4 * 4);
    const csv = statementCsv(statement);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Periode;År;Klyngekontor;Beslutning;Beløb (kr.);Foreløbig;Højst (kr.);Bevilling (kr.);Kontorets status",
    );
    const clean2023 = overview.offices.find((o) => o.office.slug === "clean")!.years.find((y) => y.year === 2023)!;
    expect(lines).toContain(
      `Regionale klyngekontorer 2021-2024;2023;CLEAN – Danmarks Miljøteknologiklynge;Ja;${clean2023.amount};ja;${clean2023.ceiling};20000;I risiko`,
    );
  });

  it("as XLSX, sums to the page's totals per year", async () => {
    const koege = await t.db.municipality.findUniqueOrThrow({ where: { code: "0259" } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await statementXlsx(await loadStatementExport({ municipality: koege, db: t.db }), TODAY)) as never,
    );
    const rows = workbook.getWorksheet("Opgørelse")!.getSheetValues().filter(Boolean) as unknown[][];
    const data = rows.filter((r) => typeof r[2] === "number");
    for (const total of overview.totals) {
      const sum = data.filter((r) => r[2] === total.year).reduce((s, r) => s + (r[5] as number), 0);
      expect(sum).toBe(total.amount);
    }
    const years = workbook.getWorksheet("I alt pr. år")!.getSheetValues().filter(Boolean) as unknown[][];
    expect(years.slice(1).map((r) => [r[2], (r[3] as { result: number }).result])).toEqual(
      overview.totals.map((x) => [x.year, x.amount]),
    );
    // The headers say "(kr.)"; the amounts show as 24.292, not 24.292 kr. once more.
    const sheet = workbook.getWorksheet("Opgørelse")!;
    let headerRow = 0;
    sheet.eachRow((row, number) => {
      if (!headerRow && row.getCell(5).value === "Beløb (kr.)") headerRow = number;
    });
    const header = sheet.getRow(headerRow);
    for (const column of [5, 7, 8]) {
      expect(String(header.getCell(column).value)).toMatch(/\(kr\.\)$/);
      expect(sheet.getColumn(column).numFmt).toBe("#,##0");
    }
  });
});
