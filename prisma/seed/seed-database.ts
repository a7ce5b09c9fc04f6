/**
 * Seeds Region Sjælland's real data (prisma/seed/region-sjaelland-2021.json, sources inside) and demo users.
 * Idempotent: natural keys are upserted and nothing a user has changed since (lead amounts, users'
 * passwords, decisions) is overwritten.
 */
import { hashPassword } from "../../lib/auth/password";
import type { Database } from "../../lib/db/create-client";
import regionData from "./region-sjaelland-2021.json";
import { municipalities as allMunicipalities, regions } from "../../lib/reference/denmark";

export const DEMO_PASSWORD = "Klynge-2026";
export const DEMO_EMAIL_DOMAIN = "demo.klyngeportalen.dk";

/** "Næstved" → "naestved", "Køge" → "koege": the local part of a demo e-mail address. */
export function emailSlug(name: string): string {
  return name
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "oe")
    .replaceAll("å", "aa")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export async function seedDatabase(db: Database, options: { demoUsers?: boolean } = {}) {
  const basisDate = new Date(`${regionData.populationBasisDate}T00:00:00.000Z`);
  // All of Denmark (issue 12): the 5 regions / KKRs and the 98 municipalities, from the shipped reference data.
  const regionIds = new Map<string, string>();
  for (const r of regions) {
    const region = await db.region.upsert({
      where: { code: r.code },
      update: {},
      create: { code: r.code, name: r.name, kkrName: r.kkrName },
    });
    regionIds.set(r.code, region.id);
  }
  const allMunicipalityIds = new Map<string, string>();
  for (const m of allMunicipalities) {
    const municipality = await db.municipality.upsert({
      where: { code: m.code },
      update: {},
      create: { code: m.code, name: m.name, regionId: regionIds.get(m.regionCode)! },
    });
    allMunicipalityIds.set(m.code, municipality.id);
  }
  const region = await db.region.findUniqueOrThrow({ where: { code: regionData.region.code } });

  // Region Sjælland: the real 2021 figures and the 2021–2024 agreement.
  const municipalityIds = new Map<string, string>();
  for (const m of regionData.municipalities) {
    const municipality = { id: allMunicipalityIds.get(m.code)! };
    municipalityIds.set(m.code, municipality.id);
    await db.populationFigure.upsert({
      where: { municipalityId_basisDate: { municipalityId: municipality.id, basisDate } },
      update: {},
      create: {
        municipalityId: municipality.id,
        basisDate,
        value: m.population,
        source: "Danmarks Statistik, FOLK1A, 1. januar 2021",
      },
    });
  }

  const { agreement: terms } = regionData;
  const agreement =
    (await db.agreement.findFirst({ where: { regionId: region.id, name: terms.name } })) ??
    (await db.agreement.create({
      data: {
        regionId: region.id,
        name: terms.name,
        firstYear: terms.firstYear,
        lastYear: terms.lastYear,
        leadContribution: terms.leadContributionPerOffice,
        nonLeadPool: terms.nonLeadPoolPerOffice,
        thresholdBasisPoints: terms.thresholdPercent * 100,
        populationBasisDate: basisDate,
      },
    }));

  const officeIds = new Map<string, string>();
  for (const [position, o] of regionData.offices.entries()) {
    const office = await db.clusterOffice.upsert({
      where: { agreementId_slug: { agreementId: agreement.id, slug: o.slug } },
      update: {},
      create: { agreementId: agreement.id, slug: o.slug, name: o.name, field: o.field, city: o.city, position },
    });
    officeIds.set(o.slug, office.id);
    for (const lead of o.leads) {
      const municipalityId = municipalityIds.get(lead.code)!;
      const existing = await db.officeLead.findFirst({ where: { officeId: office.id, municipalityId } });
      if (!existing)
        await db.officeLead.create({ data: { officeId: office.id, municipalityId, yearlyAmount: lead.amount } });
    }
    // Every council decides on every office, the leads' too (issue 10): a participation row each.
    for (const m of regionData.municipalities) {
      const municipalityId = municipalityIds.get(m.code)!;
      await db.participation.upsert({
        where: { municipalityId_officeId: { municipalityId, officeId: office.id } },
        update: {},
        create: { municipalityId, officeId: office.id },
      });
    }
    for (let year = agreement.firstYear; year <= agreement.lastYear; year++) {
      await db.evaluationReport.upsert({
        where: { officeId_year: { officeId: office.id, year } },
        update: {},
        // Default due date: 1 March of the following year (issue 6).
        create: { officeId: office.id, year, dueDate: new Date(Date.UTC(year + 1, 2, 1)) },
      });
    }
  }

  if (options.demoUsers !== false) await seedDemoUsers(db, region.id, municipalityIds, officeIds);
  // Anything the seed added invalidates cached computations of this agreement (lib/shares/agreement-cache.ts).
  await db.agreement.update({ where: { id: agreement.id }, data: { dataVersion: { increment: 1 } } });
  return { regionId: region.id, agreementId: agreement.id, municipalityIds, officeIds, regionIds };
}

async function seedDemoUsers(
  db: Database,
  regionId: string,
  municipalityIds: Map<string, string>,
  officeIds: Map<string, string>,
) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = [
    {
      email: `sekretariat@${DEMO_EMAIL_DOMAIN}`,
      name: "Sekretariatet for KKR Sjælland",
      role: "SECRETARIAT" as const,
      regionId,
    },
    { email: `admin@${DEMO_EMAIL_DOMAIN}`, name: "Systemadministrator", role: "ADMIN" as const },
    ...regionData.municipalities.map((m) => ({
      email: `${emailSlug(m.name)}@${DEMO_EMAIL_DOMAIN}`,
      name: `Kontaktperson, ${m.name} Kommune`,
      role: "MUNICIPAL_CONTACT" as const,
      municipalityId: municipalityIds.get(m.code),
    })),
    ...regionData.offices.map((o) => ({
      email: `${o.slug}@${DEMO_EMAIL_DOMAIN}`,
      name: `Regionalt kontor, ${o.name}`,
      role: "CLUSTER_OFFICE" as const,
      officeId: officeIds.get(o.slug),
    })),
  ];
  for (const user of users) {
    await db.user.upsert({ where: { email: user.email }, update: {}, create: { ...user, passwordHash } });
  }
}
