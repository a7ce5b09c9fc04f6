import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { seedDatabase } from "../../prisma/seed/seed-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

describe("the seeded database (real data)", () => {
  it("holds Denmark's 5 regions and 98 municipalities, and Region Sjælland's 17 adding up to 838.840 inhabitants", async () => {
    expect(await t.db.region.count()).toBe(5);
    expect(await t.db.municipality.count()).toBe(98);
    expect(await t.db.municipality.count({ where: { region: { code: "1085" } } })).toBe(17);
    const sum = await t.db.populationFigure.aggregate({ _sum: { value: true } });
    expect(sum._sum.value).toBe(838_840);
    expect((await t.db.municipality.findUniqueOrThrow({ where: { code: "0320" } })).name).toBe("Faxe");
  });

  it("holds the 2021–2024 agreement and the four offices with their leads", async () => {
    const agreement = await t.db.agreement.findFirstOrThrow({
      include: { offices: { orderBy: { position: "asc" }, include: { leads: { orderBy: { yearlyAmount: "desc" } } } } },
    });
    expect(agreement).toMatchObject({
      firstYear: 2021,
      lastYear: 2024,
      leadContribution: 500_000,
      nonLeadPool: 500_000,
      thresholdBasisPoints: 8500,
    });
    expect(agreement.offices.map((o) => [o.slug, o.leads.map((l) => l.yearlyAmount)])).toEqual([
      ["we-build-denmark", [500_000]],
      ["clean", [500_000]],
      ["food-bio-cluster", [500_000]],
      ["life-science-cluster", [250_000, 250_000]],
    ]);
    // Every council decides on every office, the leads' too (issue 10): 17 × 4 participations.
    expect(await t.db.participation.count()).toBe(68);
  });

  it("is idempotent and never overwrites what users changed", async () => {
    const lead = await t.db.officeLead.findFirstOrThrow({ where: { yearlyAmount: 250_000 } });
    await t.db.officeLead.update({ where: { id: lead.id }, data: { yearlyAmount: 300_000 } });
    const counts = async () => [
      await t.db.municipality.count(),
      await t.db.user.count(),
      await t.db.clusterOffice.count(),
      await t.db.evaluationReport.count(),
    ];
    const before = await counts();
    await seedDatabase(t.db);
    expect(await counts()).toEqual(before);
    expect((await t.db.officeLead.findUniqueOrThrow({ where: { id: lead.id } })).yearlyAmount).toBe(300_000);
  });

  it("has demo users of every role, each scoped", async () => {
    const users = await t.db.user.findMany();
    expect(users.filter((u) => u.role === "MUNICIPAL_CONTACT" && u.municipalityId)).toHaveLength(17);
    expect(users.filter((u) => u.role === "CLUSTER_OFFICE" && u.officeId)).toHaveLength(4);
    expect(users.some((u) => u.role === "SECRETARIAT")).toBe(true);
  });
});
