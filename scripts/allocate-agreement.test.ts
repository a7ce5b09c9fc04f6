import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import regionData from "../prisma/seed/region-sjaelland-2021.json";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules/.bin/tsx");

function run(input: unknown) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "agreement-")), "agreement.json");
  fs.writeFileSync(file, typeof input === "string" ? input : JSON.stringify(input));
  const result = spawnSync(tsx, [path.join(root, "scripts/allocate.ts"), "--agreement", file], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Decision = {
  id: string;
  municipalityCode: string;
  decision: "YES" | "NO";
  effectiveFromYear: number;
  effectiveToYear?: number | null;
  meetingDate: string;
  recordedAt: string;
  corrects?: string;
};

/** KKR Sjælland 2021–2024 as the agreement file describes it: the real populations, offices and leads. */
function sjaelland(decisions: Record<string, Decision[]> = {}) {
  return {
    firstYear: 2021,
    lastYear: 2024,
    nonLeadPool: 500_000,
    thresholdPercent: 85,
    municipalities: regionData.municipalities.map((m) => ({ code: m.code, name: m.name, population: m.population })),
    offices: [
      { id: "wbd", leads: [{ code: "0370", amount: 500_000 }], decisions: decisions.wbd ?? [] },
      { id: "clean", leads: [{ code: "0265", amount: 500_000 }], decisions: decisions.clean ?? [] },
      {
        id: "life-science",
        leads: [
          { code: "0326", amount: 250_000, toYear: 2022 },
          { code: "0376", amount: 250_000, toYear: 2022 },
          { code: "0326", amount: 300_000, fromYear: 2023 },
          { code: "0376", amount: 200_000, fromYear: 2023 },
        ],
        decisions: decisions["life-science"] ?? [],
      },
    ],
  };
}

/** Every non-lead council said Ja from 2021 at its 2021 meeting. */
const allYes = (office: string, lead: string[]): Decision[] =>
  regionData.municipalities
    .filter((m) => !lead.includes(m.code))
    .map((m) => ({
      id: `${office}-${m.code}-ja`,
      municipalityCode: m.code,
      decision: "YES",
      effectiveFromYear: 2021,
      meetingDate: "2021-03-01",
      recordedAt: "2021-03-02T10:00:00Z",
    }));

type Report = {
  officeYears: {
    officeId: string;
    year: number;
    eligible: number;
    status: string;
    leadTotal: number;
    leadMissing: boolean;
    pending: number;
    settled: boolean;
    total: number;
    pool: number;
    shares: { code: string; amount: number; provisional: boolean; decisionId: string | null; ceiling: number }[];
  }[];
};
const officeYear = (report: Report, office: string, year: number) =>
  report.officeYears.find((e) => e.officeId === office && e.year === year)!;
const share = (report: Report, office: string, year: number, code: string) =>
  officeYear(report, office, year).shares.find((s) => s.code === code);

describe("npm run -s allocate -- --agreement", () => {
  it("a Nej with a wrong meeting date, corrected to Ja at the real date: Ja in every year", () => {
    const others = allYes("wbd", ["0370", "0320"]);
    const decisions = [
      ...others,
      {
        id: "faxe-nej",
        municipalityCode: "0320",
        decision: "NO" as const,
        effectiveFromYear: 2021,
        meetingDate: "2021-10-28",
        recordedAt: "2021-10-29T08:00:00Z",
      },
      {
        id: "faxe-ja",
        municipalityCode: "0320",
        decision: "YES" as const,
        effectiveFromYear: 2021,
        meetingDate: "2021-09-28",
        recordedAt: "2021-11-02T08:00:00Z",
        corrects: "faxe-nej",
      },
    ];
    const { code, stdout, stderr } = run(sjaelland({ wbd: decisions }));
    expect([code, stderr]).toEqual([0, ""]);
    const [report] = JSON.parse(stdout) as Report[];
    for (const year of [2021, 2022, 2023, 2024]) {
      expect(share(report!, "wbd", year, "0320")).toEqual({
        code: "0320",
        amount: 24_292,
        provisional: false,
        decisionId: "faxe-ja",
        ceiling: 24_292,
      });
      expect(officeYear(report!, "wbd", year)).toMatchObject({ settled: true, status: "KEPT", total: 1_000_000 });
    }
  });

  it("a mistaken 'Nej fra 2022' corrected to 'Nej fra 2023': 2022 is Ja again, 2023–2024 Nej", () => {
    const decisions = [
      ...allYes("wbd", ["0370"]),
      {
        id: "faxe-nej-2022",
        municipalityCode: "0320",
        decision: "NO" as const,
        effectiveFromYear: 2022,
        meetingDate: "2021-10-01",
        recordedAt: "2021-10-02T08:00:00Z",
      },
      {
        id: "faxe-nej-2023",
        municipalityCode: "0320",
        decision: "NO" as const,
        effectiveFromYear: 2023,
        meetingDate: "2021-10-01",
        recordedAt: "2021-10-05T08:00:00Z",
        corrects: "faxe-nej-2022",
      },
    ];
    const [report] = JSON.parse(run(sjaelland({ wbd: decisions })).stdout) as Report[];
    expect(share(report!, "wbd", 2021, "0320")?.amount).toBe(24_292);
    expect(share(report!, "wbd", 2022, "0320")).toMatchObject({ amount: 24_292, decisionId: "wbd-0320-ja" });
    expect(share(report!, "wbd", 2023, "0320")).toBeUndefined(); // "Nej": no share listed
    expect(share(report!, "wbd", 2023, "0253")!.amount).toBeGreaterThan(33_424);
  });

  it("gives the same report however the decisions are listed", () => {
    const decisions = [
      ...allYes("wbd", ["0370"]),
      {
        id: "a",
        municipalityCode: "0320",
        decision: "NO" as const,
        effectiveFromYear: 2022,
        meetingDate: "2021-10-01",
        recordedAt: "2021-10-02T08:00:00Z",
      },
      {
        id: "b",
        municipalityCode: "0320",
        decision: "NO" as const,
        effectiveFromYear: 2023,
        meetingDate: "2021-10-01",
        recordedAt: "2021-10-02T08:00:00Z",
        corrects: "a",
      },
      {
        id: "c",
        municipalityCode: "0320",
        decision: "YES" as const,
        effectiveFromYear: 2024,
        meetingDate: "2021-10-01",
        recordedAt: "2021-10-02T08:00:00Z",
        corrects: "b",
      },
    ];
    const forward = run(sjaelland({ wbd: decisions })).stdout;
    const backward = run(sjaelland({ wbd: [...decisions].reverse() })).stdout;
    expect(backward).toBe(forward);
    // A correction of a correction voids the one it corrects; the original stays void: Ja (from 2021) governs all.
    const [report] = JSON.parse(forward) as Report[];
    expect([2021, 2022, 2023].map((y) => share(report!, "wbd", y, "0320")?.decisionId)).toEqual([
      "wbd-0320-ja",
      "wbd-0320-ja",
      "wbd-0320-ja",
    ]);
    expect(share(report!, "wbd", 2024, "0320")?.decisionId).toBe("c");
  });

  it("a lead that leaves from 2023: lead amount stops, 'mangler lead', an ordinary Nej; 2021–2022 unchanged", () => {
    const decisions = [
      ...allYes("wbd", ["0370"]),
      {
        id: "naestved-nej",
        municipalityCode: "0370",
        decision: "NO" as const,
        effectiveFromYear: 2023,
        meetingDate: "2022-09-20",
        recordedAt: "2022-09-21T08:00:00Z",
      },
    ];
    const [report] = JSON.parse(run(sjaelland({ wbd: decisions })).stdout) as Report[];
    for (const year of [2021, 2022]) {
      expect(officeYear(report!, "wbd", year)).toMatchObject({
        eligible: 16,
        leadTotal: 500_000,
        leadMissing: false,
        settled: true,
        total: 1_000_000,
      });
      expect(share(report!, "wbd", year, "0320")?.amount).toBe(24_292);
    }
    for (const year of [2023, 2024]) {
      // Nothing is redistributed: the pool stays 500.000 kr. among the same 16; Næstved is eligible with its Nej.
      expect(officeYear(report!, "wbd", year)).toMatchObject({
        eligible: 17,
        leadTotal: 0,
        leadMissing: true,
        settled: false,
        pool: 500_000,
        total: 500_000,
        status: "KEPT",
      });
      expect(share(report!, "wbd", year, "0320")?.amount).toBe(24_292);
      expect(share(report!, "wbd", year, "0370")).toBeUndefined();
    }
  });

  it("a lead split that changes from 2023 leaves 2021–2022 as they were", () => {
    const [report] = JSON.parse(run(sjaelland()).stdout) as Report[];
    expect(officeYear(report!, "life-science", 2022)).toMatchObject({
      leadTotal: 500_000,
      eligible: 15,
      leadMissing: false,
    });
    expect(officeYear(report!, "life-science", 2023)).toMatchObject({
      leadTotal: 500_000,
      eligible: 15,
      leadMissing: false,
    });
  });

  it("while councils are pending: provisional, not settled, a ceiling above today's amount", () => {
    const [report] = JSON.parse(run(sjaelland()).stdout) as Report[];
    const entry = officeYear(report!, "wbd", 2021);
    expect(entry).toMatchObject({ pending: 16, settled: false, status: "AT_RISK" });
    const faxe = share(report!, "wbd", 2021, "0320")!;
    expect(faxe).toMatchObject({ amount: 24_292, provisional: true, decisionId: null });
    // With only 14 of 16 taking part (the two largest out), Faxe pays more: the most it can be asked for.
    expect(faxe.ceiling).toBeGreaterThan(24_292);
  });

  it("prints an array for an array of agreements", () => {
    const { code, stdout } = run([sjaelland(), sjaelland()]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(2);
  });

  const decision = (overrides: Partial<Decision> = {}): Decision => ({
    id: "d1",
    municipalityCode: "0320",
    decision: "YES",
    effectiveFromYear: 2021,
    meetingDate: "2021-03-01",
    recordedAt: "2021-03-02T10:00:00Z",
    ...overrides,
  });
  const withWbd = (...decisions: Decision[]) => sjaelland({ wbd: decisions });
  it.each([
    [
      "a correction of an unknown id",
      withWbd(decision({ corrects: "findes-ikke" })),
      "offices[0].decisions[0].corrects: retter en ukendt beslutning «findes-ikke»",
    ],
    [
      "a correction of another municipality's decision",
      withWbd(decision(), decision({ id: "d2", municipalityCode: "0253", corrects: "d1" })),
      "offices[0].decisions[1].corrects: retter en anden kommunes beslutning («d1»)",
    ],
    [
      "a correction of another office's decision",
      { ...sjaelland({ wbd: [decision()], clean: [decision({ id: "d2", corrects: "d1" })] }) },
      "offices[1].decisions[0].corrects: retter en beslutning for et andet kontor («d1»)",
    ],
    [
      "duplicate decision ids",
      withWbd(decision(), decision()),
      "offices[0].decisions[1].id: beslutningen d1 står to gange",
    ],
    [
      "an unknown municipality",
      withWbd(decision({ municipalityCode: "9999" })),
      "offices[0].decisions[0].municipalityCode: kommunen 9999 er ikke blandt kommunerne",
    ],
    [
      "a year outside the period",
      withWbd(decision({ effectiveFromYear: 2025 })),
      "offices[0].decisions[0].effectiveFromYear: 2025 ligger uden for perioden 2021–2024",
    ],
    [
      "an end year before the start year",
      withWbd(decision({ effectiveFromYear: 2023, effectiveToYear: 2022 })),
      "offices[0].decisions[0].effectiveToYear: slutåret 2022 ligger før startåret 2023",
    ],
    [
      "an impossible date",
      withWbd(decision({ meetingDate: "2021-02-30" })),
      "offices[0].decisions[0].meetingDate: er ikke en gyldig dato (ÅÅÅÅ-MM-DD)",
    ],
    [
      "the same lead twice in one year",
      {
        ...sjaelland(),
        offices: [
          {
            id: "x",
            leads: [
              { code: "0370", amount: 1 },
              { code: "0370", amount: 2, fromYear: 2024 },
            ],
            decisions: [],
          },
        ],
      },
      "offices[0].leads[1].code: 0370 er lead to gange i det samme år",
    ],
    [
      "an unknown lead",
      { ...sjaelland(), offices: [{ id: "x", leads: [{ code: "1234", amount: 1 }], decisions: [] }] },
      "offices[0].leads[0].code: leadkommunen 1234 er ikke blandt kommunerne",
    ],
    [
      "a period that ends before it starts",
      { ...sjaelland(), firstYear: 2024, lastYear: 2021 },
      "lastYear: perioden slutter (2021) før den begynder (2024)",
    ],
  ])("refuses %s: exit 2, one Danish line naming the field, nothing on stdout", (_name, input, message) => {
    const { code, stdout, stderr } = run(input);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`Ugyldigt input: ${message}\n`);
  });
});
