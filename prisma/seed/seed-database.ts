/**
 * Seeds Region Sjælland's real data (prisma/seed/region-sjaelland-2021.json, sources inside) and demo users.
 * Idempotent: natural keys are upserted and nothing a user has changed since (lead amounts, users'
 * passwords, decisions) is overwritten.
 */
import { hashPassword } from "../../lib/auth/password";
import type { Database } from "../../lib/db/create-client";
import regionData from "./region-sjaelland-2021.json";

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
  const region = await db.region.upsert({
    where: { code: regionData.region.code },
    update: {},
    create: { code: regionData.region.code, name: regionData.region.name, kkrName: regionData.region.kkr },
  });

  const municipalityIds = new Map<string, string>();
  for (const m of regionData.municipalities) {
    const municipality = await db.municipality.upsert({
      where: { code: m.code },
      update: {},
      create: { code: m.code, name: m.name, regionId: region.id },
    });
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
    const leadCodes = new Set(o.leads.map((lead) => lead.code));
    for (const lead of o.leads) {
      const municipalityId = municipalityIds.get(lead.code)!;
      await db.officeLead.upsert({
        where: { officeId_municipalityId: { officeId: office.id, municipalityId } },
        update: {},
        create: { officeId: office.id, municipalityId, yearlyAmount: lead.amount },
      });
    }
    for (const m of regionData.municipalities.filter((m) => !leadCodes.has(m.code))) {
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

  if (options.demoUsers !== false) await seedDemoUsers(db, municipalityIds, officeIds);
  // Anything the seed added invalidates cached computations of this agreement (lib/shares/agreement-cache.ts).
  await db.agreement.update({ where: { id: agreement.id }, data: { dataVersion: { increment: 1 } } });
  return { regionId: region.id, agreementId: agreement.id, municipalityIds, officeIds };
}

async function seedDemoUsers(db: Database, municipalityIds: Map<string, string>, officeIds: Map<string, string>) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = [
    { email: `sekretariat@${DEMO_EMAIL_DOMAIN}`, name: "Sekretariatet for KKR Sjælland", role: "SECRETARIAT" as const },
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
