/**
 * A synthetic Denmark for the benchmark: 5 KKR regions with their real numbers of municipalities (98 in all;
 * Sjælland with its real data), 4 offices per region and agreement period (20 per period), two periods
 * (2021–2024, 2025–2028), and a decision history of several thousand entries. Deterministic.
 */
import { hashPassword } from "../auth/password";
import type { Database } from "../db/create-client";
import { seedDatabase, DEMO_PASSWORD } from "../../prisma/seed/seed-database";

const REGIONS = [
  { code: "1081", name: "Region Nordjylland", kkr: "KKR Nordjylland", count: 11 },
  { code: "1082", name: "Region Midtjylland", kkr: "KKR Midtjylland", count: 19 },
  { code: "1083", name: "Region Syddanmark", kkr: "KKR Syddanmark", count: 22 },
  { code: "1084", name: "Region Hovedstaden", kkr: "KKR Hovedstaden", count: 29 },
];
const OFFICES = ["Byggeri", "Miljø", "Fødevarer", "Life science"];

export async function seedDenmark(db: Database) {
  const sjaelland = await seedDatabase(db);
  let random = 20_21;
  const next = () => (random = (random * 48_271) % 2_147_483_647) / 2_147_483_647;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const basisDate = new Date("2021-01-01T00:00:00.000Z");
  let code = 101;
  let decisions = 0;

  const regionIds = [sjaelland.regionId];
  for (const r of REGIONS) {
    const region = await db.region.create({ data: { code: r.code, name: r.name, kkrName: r.kkr } });
    regionIds.push(region.id);
    for (let i = 0; i < r.count; i++, code++) {
      const m = await db.municipality.create({
        data: {
          code: String(code).padStart(4, "0"),
          name: `${r.name.replace("Region ", "")} ${i + 1}`,
          regionId: region.id,
        },
      });
      await db.populationFigure.create({
        data: { municipalityId: m.id, basisDate, value: 20_000 + Math.floor(next() * 180_000), source: "Syntetisk" },
      });
      await db.user.create({
        data: {
          email: `kontakt-${m.code}@bench.klyngeportalen.dk`,
          name: `Kontakt ${m.name}`,
          role: "MUNICIPAL_CONTACT",
          municipalityId: m.id,
          passwordHash,
        },
      });
    }
  }
  for (const regionId of regionIds) {
    const municipalities = await db.municipality.findMany({ where: { regionId }, orderBy: { code: "asc" } });
    const existing = await db.agreement.findMany({ where: { regionId } });
    const periods = [
      [2021, 2024],
      [2025, 2028],
    ].filter(([first]) => !existing.some((a) => a.firstYear === first));
    for (const [firstYear, lastYear] of periods) {
      const agreement = await db.agreement.create({
        data: {
          regionId,
          name: `Regionale klyngekontorer ${firstYear}-${lastYear}`,
          firstYear: firstYear!,
          lastYear: lastYear!,
          leadContribution: 500_000,
          nonLeadPool: 500_000,
          thresholdBasisPoints: 8500,
          populationBasisDate: basisDate,
        },
      });
      for (const [position, field] of OFFICES.entries()) {
        const office = await db.clusterOffice.create({
          data: {
            agreementId: agreement.id,
            slug: `kontor-${position}`,
            name: `${field}sklyngen`,
            field,
            city: municipalities[position]!.name,
            position,
          },
        });
        const lead = municipalities[position]!;
        await db.officeLead.create({ data: { officeId: office.id, municipalityId: lead.id, yearlyAmount: 500_000 } });
        for (let year = firstYear!; year <= lastYear!; year++)
          await db.evaluationReport.create({
            data: { officeId: office.id, year, dueDate: new Date(Date.UTC(year + 1, 2, 1)) },
          });
        const recorder = await db.user.findFirstOrThrow({ where: { role: "SECRETARIAT" } });
        for (const m of municipalities.filter((x) => x.id !== lead.id)) {
          // 2–4 decisions each: a Ja, sometimes a withdrawal later, sometimes a correction.
          const history = 2 + Math.floor(next() * 3);
          for (let h = 0; h < history; h++, decisions++) {
            await db.councilDecision.create({
              data: {
                municipalityId: m.id,
                officeId: office.id,
                decision: h === 0 || next() > 0.3 ? "YES" : "NO",
                effectiveFromYear: firstYear! + Math.min(h, 3),
                councilBody: "Byrådet",
                caseReference: `Punkt ${h + 1}`,
                meetingDate: new Date(Date.UTC(firstYear! - 1 + h, 2 + h, 10)),
                recordedById: recorder.id,
              },
            });
          }
          await db.participation.create({ data: { municipalityId: m.id, officeId: office.id, version: history } });
        }
      }
    }
  }
  return {
    regions: regionIds.length,
    municipalities: await db.municipality.count(),
    offices: await db.clusterOffice.count(),
    decisions: await db.councilDecision.count(),
  };
}
