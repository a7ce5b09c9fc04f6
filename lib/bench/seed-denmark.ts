/**
 * A synthetic Denmark for the benchmark: the 5 KKR regions and 98 municipalities (Sjælland with its real data, the
 * others with synthetic population figures), two periods (2021–2024, 2025–2028), 4 offices per region and period — 8 in the
 * largest KKR, Hovedstaden (29 municipalities), which the pages are measured at (issue 17) — a secretariat user
 * per region, and a decision history of several thousand entries. Deterministic.
 */
import { hashPassword } from "../auth/password";
import type { Database } from "../db/create-client";
import { seedDatabase, DEMO_PASSWORD } from "../../prisma/seed/seed-database";

/** Offices per period: 4 in each KKR, 8 in the largest, Hovedstaden (29 municipalities), where pages are measured. */
export const LARGEST_REGION_CODE = "1084";
const officesIn = (regionCode: string) => (regionCode === LARGEST_REGION_CODE ? 8 : 4);
const FIELDS = ["Byggeri", "Miljø", "Fødevarer", "Life science", "Energi", "Robotter", "Digitalisering", "Turisme"];
export const benchSecretariatEmail = (regionCode: string) => `sekretariat-${regionCode}@bench.klyngeportalen.dk`;
export const benchContactEmail = (municipalityCode: string) => `kontakt-${municipalityCode}@bench.klyngeportalen.dk`;

export async function seedDenmark(db: Database) {
  // Denmark's regions and municipalities (lib/reference/denmark.ts) and Sjælland's real data.
  const sjaelland = await seedDatabase(db);
  let random = 20_21;
  const next = () => (random = (random * 48_271) % 2_147_483_647) / 2_147_483_647;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const basisDate = new Date("2021-01-01T00:00:00.000Z");
  let decisions = 0;

  const regions = [{ id: sjaelland.regionId, offices: 4 }];
  for (const region of await db.region.findMany({ where: { id: { not: sjaelland.regionId } } })) {
    regions.push({ id: region.id, offices: officesIn(region.code) });
    await db.user.create({
      data: {
        email: benchSecretariatEmail(region.code),
        name: `Sekretariat ${region.kkrName}`,
        role: "SECRETARIAT",
        regionId: region.id,
        passwordHash,
      },
    });
    for (const m of await db.municipality.findMany({ where: { regionId: region.id } })) {
      await db.populationFigure.create({
        data: { municipalityId: m.id, basisDate, value: 20_000 + Math.floor(next() * 180_000), source: "Syntetisk" },
      });
      await db.user.create({
        data: {
          email: benchContactEmail(m.code),
          name: `Kontakt ${m.name}`,
          role: "MUNICIPAL_CONTACT",
          municipalityId: m.id,
          passwordHash,
        },
      });
    }
  }
  for (const { id: regionId, offices: officeCount } of regions) {
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
      for (const [position, field] of FIELDS.slice(0, officeCount).entries()) {
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
    regions: regions.length,
    municipalities: await db.municipality.count(),
    offices: await db.clusterOffice.count(),
    decisions: await db.councilDecision.count(),
  };
}
