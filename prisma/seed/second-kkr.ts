/**
 * TEST DATA, for the e2e tests only (scripts/e2e-server.sh): a second KKR on the same installation — KKR
 * Hovedstaden with its own secretariat, a contact (Ballerup) and an office — so the authorization matrix can prove
 * that nobody sees another region's data (issue 12). The population figures are invented and labelled so; they are
 * never seeded by `npm run demo` or on a real installation.
 */
import { hashPassword } from "../../lib/auth/password";
import type { Database } from "../../lib/db/create-client";
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from "./seed-database";

export const SECOND_KKR = {
  regionCode: "1084",
  secretariat: `sekretariat-hovedstaden@${DEMO_EMAIL_DOMAIN}`,
  contact: `ballerup@${DEMO_EMAIL_DOMAIN}`,
  office: `testklynge-hovedstaden@${DEMO_EMAIL_DOMAIN}`,
};

export async function seedSecondKkr(db: Database) {
  const region = await db.region.findUniqueOrThrow({
    where: { code: SECOND_KKR.regionCode },
    include: { municipalities: { orderBy: { code: "asc" } } },
  });
  if (await db.agreement.count({ where: { regionId: region.id } })) return;
  const basisDate = new Date("2025-01-01T00:00:00Z");
  for (const [index, m] of region.municipalities.entries()) {
    await db.populationFigure.create({
      data: { municipalityId: m.id, basisDate, value: 20_000 + ((index * 7919) % 60_000), source: "Testdata (e2e)" },
    });
  }
  const code = (c: string) => region.municipalities.find((m) => m.code === c)!.id;
  const agreement = await db.agreement.create({
    data: {
      regionId: region.id,
      name: "Testperiode Hovedstaden 2025–2028",
      firstYear: 2025,
      lastYear: 2028,
      leadContribution: 400_000,
      nonLeadPool: 600_000,
      thresholdBasisPoints: 8500,
      populationBasisDate: basisDate,
      populationNote: "Testdata: opdigtede befolkningstal",
    },
  });
  const office = await db.clusterOffice.create({
    data: {
      agreementId: agreement.id,
      slug: "testklynge",
      name: "Testklynge Hovedstaden",
      field: "Test",
      city: "København",
    },
  });
  await db.officeLead.create({ data: { officeId: office.id, municipalityId: code("0101"), yearlyAmount: 400_000 } });
  await db.participation.createMany({
    data: region.municipalities.map((m) => ({ municipalityId: m.id, officeId: office.id })),
  });
  for (let year = 2025; year <= 2028; year++) {
    await db.evaluationReport.create({
      data: { officeId: office.id, year, dueDate: new Date(Date.UTC(year + 1, 2, 1)) },
    });
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.user.createMany({
    data: [
      {
        email: SECOND_KKR.secretariat,
        name: "Sekretariatet for KKR Hovedstaden",
        role: "SECRETARIAT",
        regionId: region.id,
        passwordHash,
      },
      {
        email: SECOND_KKR.contact,
        name: "Kontaktperson, Ballerup Kommune",
        role: "MUNICIPAL_CONTACT",
        municipalityId: code("0151"),
        passwordHash,
      },
      {
        email: SECOND_KKR.office,
        name: "Testklynge Hovedstaden",
        role: "CLUSTER_OFFICE",
        officeId: office.id,
        passwordHash,
      },
    ],
  });
}
