import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { findCurrentAgreement, loadAgreement } from "../shares/load-agreement";
import { recordDecisions } from "../decisions/record-decisions";
import { decisionInput } from "../testing/decision-input";
import { allocate } from "../allocation";
import regionData from "../../prisma/seed/region-sjaelland-2021.json";
import { buildAppendix, type Appendix } from "./build-appendix";
import { appendixCsv } from "./appendix-csv";
import { appendixXlsx } from "./appendix-xlsx";

let t: TestDatabase;
let appendix: Appendix;

beforeAll(async () => {
  t = await createTestDatabase();
  // Every municipality's council says Ja to every office it can decide on.
  const secretariat = await t.db.user.findFirstOrThrow({ where: { role: "SECRETARIAT" } });
  const sjaelland = { region: { code: "1085" } };
  const agreementId = (await t.db.agreement.findFirstOrThrow({ where: sjaelland })).id;
  for (const municipality of await t.db.municipality.findMany({
    where: sjaelland,
    include: { participations: true },
  }))
    await sayYes(t.db, secretariat, agreementId, municipality);
  const agreement = await findCurrentAgreement({ db: t.db });
  appendix = buildAppendix(await loadAgreement({ db: t.db, agreementId: agreement!.id }), 2022);
});
afterAll(async () => {
  await t.drop();
});

describe("the appendix (all Ja)", () => {
  it("matches KKR's figures and the engine, and every office's Σ equals its pool", () => {
    const wbd = appendix.offices[0]!;
    expect(wbd.name).toBe("We Build Denmark");
    expect(wbd.rows.slice(0, 2).map((r) => [r.name, r.amount, r.provisional])).toEqual([
      ["Faxe", 24_292, false],
      ["Greve", 33_424, false],
    ]);
    for (const office of appendix.offices) {
      expect(office.rows.reduce((sum, r) => sum + r.amount, 0)).toBe(office.pool);
      expect(office.pool).toBe(500_000);
      expect(office.total).toBe(1_000_000);
      expect(office.status).toBe("KEPT");
    }
    // Independent check against the engine on the raw data
    const engine = allocate({
      nonLeadPool: 500_000,
      thresholdPercent: 85,
      leads: [{ code: "0265", amount: 500_000 }],
      municipalities: regionData.municipalities
        .filter((m) => m.code !== "0265")
        .map((m) => ({ ...m, decision: "YES" as const })),
    });
    const clean = appendix.offices.find((o) => o.name.startsWith("CLEAN"))!;
    expect(Object.fromEntries(clean.rows.map((r) => [r.code, r.amount]))).toEqual(
      Object.fromEntries(engine.shares.map((s) => [s.code, s.amount])),
    );
    expect(appendix.grandTotal).toBe(4_000_000);
    expect(appendix.municipalityTotals.reduce((sum, m) => sum + m.total, 0)).toBe(4_000_000);
    expect(appendix.municipalityTotals.find((m) => m.name === "Faxe")!.total).toBe(24_292 + 24_477 + 24_162 + 25_145);
  });

  it("exports an XLSX that reads back with the same numbers, formats and sums", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await appendixXlsx(appendix)) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Oversigt",
      "We Build Denmark",
      "CLEAN – Danmarks Miljøteknologi",
      "Food & Bio Cluster Denmark",
      "Life Science Cluster Denmark",
    ]);
    const wbd = workbook.getWorksheet("We Build Denmark")!;
    const rows = wbd.getSheetValues().filter(Boolean) as unknown[][];
    const faxe = rows.find((r) => r[2] === "Faxe")!;
    expect([faxe[1], faxe[5]]).toEqual(["0320", 24_292]);
    expect(wbd.getColumn(5).numFmt).toBe('#,##0" kr."');
    const shares = rows.filter((r) => typeof r[1] === "string" && /^\d{4}$/.test(r[1] as string) && r[4] !== "Lead");
    expect(shares.reduce((sum, r) => sum + (r[5] as number), 0)).toBe(500_000);
    const pool = rows.find((r) => r[2] === "Pulje (Σ kommuner)")!;
    expect((pool[5] as { result: number }).result).toBe(500_000);
    const summary = workbook.getWorksheet("Oversigt")!;
    const totals = (summary.getSheetValues().filter(Boolean) as unknown[][]).find((r) => r[1] === "I alt")!;
    expect((totals[6] as { result: number }).result).toBe(4_000_000);
  });

  it("exports a CSV for Danish Excel: BOM, semicolons, the right columns, Danish characters intact", () => {
    const csv = appendixCsv(appendix);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "År;Klyngekontor;Status;Kommunekode;Kommune;Indbyggere;Beslutning;Beløb (kr.);Andel af puljen (%);Foreløbig",
    );
    expect(lines).toContain("2022;We Build Denmark;Fastholdt;0320;Faxe;36713;Ja;24292;4,86;nej");
    expect(lines).toContain("2022;We Build Denmark;Fastholdt;0370;Næstved;83181;Lead;500000;;nej");
    for (const name of ["Køge", "Holbæk", "Sorø", "Solrød"])
      expect(lines.some((l) => l.includes(`;${name};`))).toBe(true);
    expect(lines).toHaveLength(1 + 4 * 17);
  });
});

describe("the appendix of a year not settled", () => {
  it("marks every amount that may still move «foreløbig», as the municipality's page and its agenda PDF do", async () => {
    const fresh = await createTestDatabase();
    try {
      const agreement = await findCurrentAgreement({ db: fresh.db });
      // Greve says Ja; the others have not decided yet.
      const greveRecord = await fresh.db.municipality.findUniqueOrThrow({
        where: { code: "0253" },
        include: { participations: true },
      });
      const secretariat = await fresh.db.user.findFirstOrThrow({ where: { role: "SECRETARIAT" } });
      await sayYes(fresh.db, secretariat, agreement!.id, greveRecord);
      const open = buildAppendix(await loadAgreement({ db: fresh.db, agreementId: agreement!.id }), 2022);
      const wbd = open.offices[0]!;
      expect(wbd.settled).toBe(false);
      // Greve and the lead alike (only undecided municipalities were marked, so Greve's attachments disagreed).
      expect([...wbd.leads, ...wbd.rows].every((row) => row.provisional)).toBe(true);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await appendixXlsx(open)) as unknown as ExcelJS.Buffer);
      const summary = workbook.getWorksheet("Oversigt")!.getSheetValues().filter(Boolean) as unknown[][];
      const greve = summary.find((row) => row[1] === "Greve")!;
      expect(greve.at(-1)).toBe("ja");
    } finally {
      await fresh.drop();
    }
  });
});

/** The council says Ja to every office it can decide on, from 2021. */
async function sayYes(
  db: TestDatabase["db"],
  actor: Parameters<typeof recordDecisions>[0]["actor"],
  agreementId: string,
  municipality: { id: string; participations: { officeId: string; version: number }[] },
) {
  await recordDecisions({
    db,
    actor,
    municipalityId: municipality.id,
    agreementId,
    input: decisionInput({
      officeIds: municipality.participations.map((p) => p.officeId),
      meetingDate: "2021-03-25",
      caseReference: "Punkt 1",
    }),
    expectedVersions: Object.fromEntries(municipality.participations.map((p) => [p.officeId, p.version])),
  });
}
