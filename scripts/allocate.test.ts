import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import regionData from "../prisma/seed/region-sjaelland-2021.json";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules/.bin/tsx");

function run(input: unknown | string) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "allocate-")), "scenario.json");
  fs.writeFileSync(file, typeof input === "string" ? input : JSON.stringify(input));
  const result = spawnSync(tsx, [path.join(root, "scripts/allocate.ts"), file], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const weBuildDenmark = {
  nonLeadPool: 500_000,
  thresholdPercent: 85,
  leads: [{ code: "0370", amount: 500_000 }],
  municipalities: regionData.municipalities
    .filter((m) => m.code !== "0370")
    .map((m) => ({ code: m.code, name: m.name, population: m.population, decision: "YES" })),
};

describe("npm run -s allocate", () => {
  it("prints the result of one scenario as JSON", () => {
    const { code, stdout, stderr } = run(weBuildDenmark);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      eligible: 16,
      required: 14,
      yes: 16,
      pending: 0,
      no: 0,
      status: "KEPT",
      pool: 500_000,
      total: 1_000_000,
    });
    expect(result.shares[0]).toEqual({ code: "0320", amount: 24_292, provisional: false });
  });

  it("prints an array of results for an array of scenarios, in order", () => {
    const reduced = {
      ...weBuildDenmark,
      poolOverride: 420_000,
      municipalities: weBuildDenmark.municipalities.map((m, i) => (i < 3 ? { ...m, decision: "NO" } : m)),
    };
    const { code, stdout } = run([weBuildDenmark, reduced]);
    expect(code).toBe(0);
    const results = JSON.parse(stdout);
    expect(results.map((r: { status: string; pool: number }) => [r.status, r.pool])).toEqual([
      ["KEPT", 500_000],
      ["REDUCED", 420_000],
    ]);
  });

  const invalid: [string, unknown, RegExp][] = [
    ["not JSON", "{ nope", /ikke gyldig JSON/],
    ["a missing field", { ...weBuildDenmark, nonLeadPool: undefined }, /nonLeadPool/],
    ["a negative amount", { ...weBuildDenmark, leads: [{ code: "0370", amount: -1 }] }, /leads\[0\]\.amount/],
    ["a fractional amount", { ...weBuildDenmark, nonLeadPool: 500_000.5 }, /nonLeadPool/],
    [
      "population 0",
      { ...weBuildDenmark, municipalities: [{ ...weBuildDenmark.municipalities[0], population: 0 }] },
      /municipalities\[0\]\.population/,
    ],
    ["threshold above 100", { ...weBuildDenmark, thresholdPercent: 101 }, /thresholdPercent/],
    [
      "an unknown decision",
      { ...weBuildDenmark, municipalities: [{ ...weBuildDenmark.municipalities[0], decision: "MAYBE" }] },
      /decision/,
    ],
    [
      "duplicate codes",
      { ...weBuildDenmark, municipalities: [weBuildDenmark.municipalities[0], weBuildDenmark.municipalities[0]] },
      /municipalities\[1\]\.code/,
    ],
    [
      "a lead listed as eligible",
      { ...weBuildDenmark, leads: [{ code: "0320", amount: 500_000 }] },
      /leads\[0\]\.code/,
    ],
    ["no eligible municipality", { ...weBuildDenmark, municipalities: [] }, /municipalities/],
    [
      "one bad scenario in an array",
      [weBuildDenmark, { ...weBuildDenmark, thresholdPercent: "85" }],
      /\[1\]\.thresholdPercent/,
    ],
  ];
  it.each(invalid)("refuses %s: exit 2, one line naming the field, nothing on stdout", (_name, input, field) => {
    const { code, stdout, stderr } = run(input as string);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(field);
    expect(stderr).not.toMatch(/\bat \w+.*:\d+:\d+/);
  });
});
