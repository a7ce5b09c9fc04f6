import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import regionData from "../prisma/seed/region-sjaelland-2021.json";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const fixtures = path.join(root, "lib/population/fixtures");

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(tsx, [path.join(root, "scripts/population-import.ts"), ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(bytes: Uint8Array) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "population-")), "folk1a.csv");
  fs.writeFileSync(file, bytes);
  return file;
}

const good = path.join(fixtures, "folk1a-2021k1-region-sjaelland.csv");
const sjaelland2021 = [...regionData.municipalities]
  .sort((a, b) => a.code.localeCompare(b.code))
  .map(({ code, name, population }) => ({ code, name, population }));

describe("npm run -s population:import -- FILE --region … --basis … --check", () => {
  it("prints the region's figures as JSON, in reference order, and needs no database", () => {
    // An unreachable database: --check must not even try it.
    const { code, stdout, stderr } = run(["--check", good, "--region", "1085", "--basis", "2021-01-01"], {
      DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none",
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output).toEqual({ basisDate: "2021-01-01", municipalities: sjaelland2021 });
    expect(output.municipalities.reduce((sum: number, m: { population: number }) => sum + m.population, 0)).toBe(
      838_840,
    );
  });

  it("reads a Windows-1252 file (as Excel saves it) the same way", () => {
    const text = fs.readFileSync(good, "utf8").replace(/^\uFEFF/, "");
    const { code, stdout } = run([
      tempFile(Buffer.from(text, "latin1")),
      "--region=1085",
      "--basis=2021-01-01",
      "--check",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).municipalities).toEqual(sjaelland2021);
  });

  it("refuses a bad file: exit 2, every problem on its own line on stderr, nothing on stdout", () => {
    const file = path.join(fixtures, "folk1a-2021k1-med-fejl.csv");
    const { code, stdout, stderr } = run([file, "--region", "1085", "--basis", "2021-01-01", "--check"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toEqual([
      "Linje 9: «Nordfynn» er ikke en kendt kommune.",
      "Linje 11: Faxe (0320) står mere end én gang i filen (første gang i linje 10).",
      "Linje 15: Sorø har intet indbyggertal.",
      "Linje 16: indbyggertallet «28173,5» for Lejre er ikke et helt, positivt tal.",
      "Stevns (0336) mangler i filen.",
    ]);
  });

  it("refuses a FOLK1A file whose quarter is not the basis date", () => {
    const { code, stdout, stderr } = run([good, "--region", "1085", "--basis", "2025-01-01", "--check"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("Filen gælder 2021K1 (2021-01-01), men --basis er 2025-01-01.\n");
  });

  const badArguments: [string, string[], RegExp][] = [
    ["no file", ["--region", "1085", "--basis", "2025-01-01", "--check"], /angiv én fil/],
    [
      "a file that does not exist",
      ["nowhere.csv", "--region", "1085", "--basis", "2021-01-01"],
      /nowhere\.csv kan ikke læses/,
    ],
    ["no region", [good, "--basis", "2021-01-01", "--check"], /angiv regionen med --region/],
    [
      "an unknown region",
      [good, "--region", "1086", "--basis", "2021-01-01", "--check"],
      /«1086» er ikke en regionskode/,
    ],
    ["no basis date", [good, "--region", "1085", "--check"], /angiv datoen tallene gælder med --basis/],
    [
      "an impossible date",
      [good, "--region", "1085", "--basis", "2025-02-30", "--check"],
      /«2025-02-30» er ikke en gyldig dato/,
    ],
    [
      "a date in another form",
      [good, "--region", "1085", "--basis", "1.1.2025", "--check"],
      /«1\.1\.2025» er ikke en gyldig dato/,
    ],
    [
      "an unknown option",
      [good, "--region", "1085", "--basis", "2021-01-01", "--dry-run"],
      /ukendt .*tilvalg «--dry-run»/,
    ],
  ];
  it.each(badArguments)("refuses %s: exit 2, a Danish line on stderr, nothing on stdout", (_name, args, message) => {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Ugyldigt input: /);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat \w+.*:\d+:\d+/);
  });
});
