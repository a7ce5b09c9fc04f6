import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import type { Database } from "../db/create-client";
import regionData from "../../prisma/seed/region-sjaelland-2021.json";
import { parseBasisDate } from "./basis-date";
import { populationProblems, storePopulationFigures } from "./store-population-figures";

const root = path.resolve(__dirname, "../..");
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const basis2021 = parseBasisDate("2021-01-01")!; // the seeded agreement's basis date
const basis2025 = parseBasisDate("2025-01-01")!;
const figures2021 = regionData.municipalities.map(({ code, population }) => ({ code, population }));
/** Made-up 2025 figures: 2021 + 1.000 each. */
const figures2025 = figures2021.map(({ code, population }) => ({ code, population: population + 1_000 }));
const source = "Danmarks Statistik FOLK1A (fil: folk1a-2025k1.csv)";

async function figuresOn(basisDate: Date) {
  const rows = await t.db.populationFigure.findMany({ where: { basisDate }, include: { municipality: true } });
  return new Map(rows.map((r) => [r.municipality.code, r]));
}
const lastAudit = () =>
  t.db.auditEvent.findFirstOrThrow({ where: { action: "population.imported" }, orderBy: { createdAt: "desc" } });
const dataVersion = async () => (await t.db.agreement.findFirstOrThrow()).dataVersion;

async function rejection(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(populationProblems(error)).not.toBeNull();
  return populationProblems(error)!;
}

describe("storePopulationFigures", () => {
  it("stores a new basis date for every municipality of the region, with its source and one audit event", async () => {
    const versionBefore = await dataVersion();
    const result = await storePopulationFigures({
      db: t.db,
      regionCode: "1085",
      basisDate: basis2025,
      figures: figures2025,
      source,
      actor: { label: "population:import" },
    });
    expect(result).toMatchObject({ created: 17, updated: 0, unchanged: 0 });
    const stored = await figuresOn(basis2025);
    expect(stored.size).toBe(17);
    expect(stored.get("0320")).toMatchObject({ value: 37_713, source });
    expect([...stored.values()].reduce((sum, f) => sum + f.value, 0)).toBe(838_840 + 17_000);
    // The agreement's own basis date is untouched, and so is what it computes.
    expect((await figuresOn(basis2021)).get("0320")?.value).toBe(36_713);
    expect(await dataVersion()).toBe(versionBefore);
    const audit = await lastAudit();
    expect(audit).toMatchObject({ actorId: null, actorLabel: "population:import", entityType: "Region" });
    expect(audit.entityId).toBe(result.regionId);
    expect(JSON.parse(audit.after!)).toMatchObject({ basisDate: "2025-01-01", source, figures: { "0320": 37_713 } });
    expect(JSON.parse(audit.before!).figures["0320"]).toBeNull();
  });

  it("updates a basis date no agreement uses, naming the signed-in user in the audit", async () => {
    const secretariat = await t.db.user.findFirstOrThrow({ where: { role: "SECRETARIAT" } });
    const corrected = figures2025.map((f) => (f.code === "0320" ? { ...f, population: 37_800 } : f));
    const result = await storePopulationFigures({
      db: t.db,
      regionCode: "1085",
      basisDate: basis2025,
      figures: corrected,
      source: "Danmarks Statistik FOLK1A (fil: rettet.csv)",
      actor: { id: secretariat.id },
    });
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 16 });
    expect((await figuresOn(basis2025)).get("0320")).toMatchObject({
      value: 37_800,
      source: expect.stringContaining("rettet"),
    });
    const audit = await lastAudit();
    expect(audit).toMatchObject({ actorId: secretariat.id, actorLabel: null });
    expect(JSON.parse(audit.before!).figures["0320"]).toBe(37_713);
    expect(await t.db.populationFigure.count({ where: { basisDate: basis2025 } })).toBe(17);
  });

  it("refuses to change figures an agreement splits its pool by, and changes nothing", async () => {
    const audits = await t.db.auditEvent.count();
    const changed = figures2021.map((f) => (f.code === "0253" ? { ...f, population: 50_541 } : f));
    const problems = await rejection(
      storePopulationFigures({ db: t.db, regionCode: "1085", basisDate: basis2021, figures: changed, source }),
    );
    expect(problems).toEqual([
      "Befolkningstallene pr. 2021-01-01 er grundlaget for «Regionale klyngekontorer 2021-2024» og ændres ikke " +
        "ved en import: Greve 50.514 → 50.541.",
    ]);
    expect((await figuresOn(basis2021)).get("0253")?.value).toBe(50_514);
    expect(await t.db.auditEvent.count()).toBe(audits);
  });

  it("accepts the same figures again for an agreement's basis date, without touching the agreement", async () => {
    const versionBefore = await dataVersion();
    const result = await storePopulationFigures({
      db: t.db,
      regionCode: "1085",
      basisDate: basis2021,
      figures: figures2021,
      source: "Danmarks Statistik FOLK1A (fil: folk1a-2021k1.csv)",
    });
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 17 });
    expect(await dataVersion()).toBe(versionBefore);
  });

  it("fills a figure an agreement is missing and tells the agreement's cache (dataVersion)", async () => {
    const faxe = (await figuresOn(basis2021)).get("0320")!;
    await t.db.populationFigure.delete({ where: { id: faxe.id } });
    const versionBefore = await dataVersion();
    const result = await storePopulationFigures({
      db: t.db,
      regionCode: "1085",
      basisDate: basis2021,
      figures: figures2021,
      source,
    });
    expect(result).toMatchObject({ created: 1, updated: 0, unchanged: 16 });
    expect((await figuresOn(basis2021)).get("0320")?.value).toBe(36_713);
    expect(await dataVersion()).toBe(versionBefore + 1);
  });

  it("refuses incomplete, foreign, repeated and impossible figures, all at once", async () => {
    const figures = [
      ...figures2025.filter((f) => f.code !== "0320" && f.code !== "0253"),
      { code: "0253", population: 0 },
      { code: "0259", population: 62_000 },
      { code: "0101", population: 650_000 },
    ];
    const problems = await rejection(
      storePopulationFigures({
        db: t.db,
        regionCode: "1085",
        basisDate: parseBasisDate("2025-04-01")!,
        figures,
        source,
      }),
    );
    expect(problems).toEqual([
      "Indbyggertallet 0 for kommunekode 0253 er ikke et helt, positivt tal.",
      "Kommunekode 0259 står mere end én gang.",
      "Kommunekode 0101 hører ikke til Region Sjælland i databasen.",
      "Faxe (0320) mangler et indbyggertal.",
    ]);
    expect(await t.db.populationFigure.count({ where: { basisDate: parseBasisDate("2025-04-01")! } })).toBe(0);
  });

  it("refuses a region that is not in the database, or whose municipalities are not", async () => {
    const options = { db: t.db, basisDate: basis2025, figures: [{ code: "0461", population: 205_000 }], source };
    // A database from before all of Denmark was loaded: Syddanmark is not there.
    await t.db.municipality.deleteMany({ where: { region: { code: "1083" } } });
    await t.db.region.delete({ where: { code: "1083" } });
    expect(await rejection(storePopulationFigures({ ...options, regionCode: "1083" }))).toEqual([
      "Region Syddanmark (1083) findes ikke i databasen.",
    ]);
    const region = await t.db.region.create({
      data: { code: "1083", name: "Region Syddanmark", kkrName: "KKR Syddanmark" },
    });
    await t.db.municipality.create({ data: { code: "0461", name: "Odense", regionId: region.id } });
    const problems = await rejection(storePopulationFigures({ ...options, regionCode: "1083" }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^Kommunerne findes ikke i databasen under Region Syddanmark: Middelfart \(0410\), Assens/,
    );
    expect(problems[0]).not.toContain("Odense");
    expect(await t.db.populationFigure.count({ where: { municipality: { code: "0461" } } })).toBe(0);
  });

  it("stores nothing when the audit event cannot be written (one transaction)", async () => {
    // The same database, except that writing the audit event fails inside the transaction.
    const failingAudit = new Proxy(t.db, {
      get(target, property, receiver) {
        if (property !== "$transaction") return Reflect.get(target, property, receiver);
        return (work: (tx: unknown) => Promise<unknown>, options: object) =>
          target.$transaction(
            (tx) =>
              work(
                new Proxy(tx, {
                  get: (txTarget, p, r) =>
                    p === "auditEvent"
                      ? { create: () => Promise.reject(new Error("disk full")) }
                      : Reflect.get(txTarget, p, r),
                }),
              ),
            options,
          );
      },
    }) as Database;
    const basis = parseBasisDate("2025-07-01")!;
    await expect(
      storePopulationFigures({ db: failingAudit, regionCode: "1085", basisDate: basis, figures: figures2025, source }),
    ).rejects.toThrow("disk full");
    expect(await t.db.populationFigure.count({ where: { basisDate: basis } })).toBe(0);
  });
});

describe("npm run -s population:import (storing)", () => {
  function run(file: string, basis: string) {
    const result = spawnSync(
      path.join(root, "node_modules/.bin/tsx"),
      [path.join(root, "scripts/population-import.ts"), file, "--region", "1085", "--basis", basis],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: t.url } },
    );
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it("stores the file's figures in DATABASE_URL's database, audited as population:import", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "population-")), "indbyggere-2024.csv");
    fs.writeFileSync(
      file,
      ["kode;indbyggere", ...figures2025.map((f) => `${f.code};${f.population - 500}`)].join("\n"),
    );
    const { code, stdout, stderr } = run(file, "2024-01-01");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.stored).toEqual({ created: 17, updated: 0, unchanged: 0 });
    expect(output.municipalities).toHaveLength(17);
    const stored = await figuresOn(parseBasisDate("2024-01-01")!);
    expect(stored.get("0320")).toMatchObject({ value: 37_213, source: "Indbyggertal (fil: indbyggere-2024.csv)" });
    expect(await lastAudit()).toMatchObject({ actorLabel: "population:import", actorId: null });
  });

  it("refuses, exit 2 with nothing on stdout, to change the agreement's basis figures", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "population-")), "folk1a.csv");
    const rows = figures2021.map((f) => `${Number(f.code)};2021K1;${f.code === "0253" ? 50_541 : f.population}`);
    fs.writeFileSync(file, ["OMRÅDE;TID;INDHOLD", ...rows].join("\r\n"));
    const { code, stdout, stderr } = run(file, "2021-01-01");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Befolkningstallene pr\. 2021-01-01 er grundlaget for .* Greve 50\.514 → 50\.541\.\n$/);
  });
});
