/**
 * Issue 12 against the domain: a new period is made from the previous one without touching it; each office has its
 * own pool and lead contribution and the money adds up to exactly those; a period that overlaps, repeats a name or
 * lacks population figures is refused with nothing stored; the living demo looks like a year in real use.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { checkNewPeriod, createPeriod } from "./create-period";
import { periodSchema, type PeriodInput } from "./period-schema";
import { loadAgreement } from "../shares/load-agreement";
import { loadUsers } from "../users/load-users";
import { summarizePeriod } from "./summarize-period";
import { Refusal } from "../actions/refusal";
import { nestFormValues } from "../validation/nest-form-values";
import { noMargin } from "../allocation/threshold-margin";
import { seedLivingDemo, DEMO_POPULATION_NOTE } from "../../prisma/seed/living-demo";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startMailCatcher } from "../mail/mail-catcher";
import { createMailTransport } from "../mail/create-transport";
import { deliverOutbox } from "../outbox/deliver-outbox";
import { loadDemoMailbox } from "../mail/load-demo-mailbox";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

async function sjaelland() {
  const region = await t.db.region.findUniqueOrThrow({ where: { code: "1085" } });
  const first = await t.db.agreement.findFirstOrThrow({
    where: { regionId: region.id },
    orderBy: { firstYear: "asc" },
  });
  const offices = await t.db.clusterOffice.findMany({
    where: { agreementId: first.id },
    orderBy: { position: "asc" },
    include: { leads: true },
  });
  const municipalities = await t.db.municipality.findMany({ where: { regionId: region.id } });
  const secretariat = await t.db.user.findFirstOrThrow({ where: { role: "SECRETARIAT", regionId: region.id } });
  return { region, first, offices, municipalities, secretariat };
}

/** The form as the secretariat fills it in: every office copied, then `change` applied. */
async function formFor(change: (form: Record<string, string>) => void = () => {}) {
  const { first, offices, municipalities } = await sjaelland();
  const form: Record<string, string> = {
    name: "Regionale klyngekontorer 2025-2028",
    firstYear: "2025",
    lastYear: "2028",
    thresholdPercent: "85",
    populationBasisDate: first.populationBasisDate.toISOString().slice(0, 10),
  };
  offices.forEach((office, o) => {
    Object.assign(form, {
      [`office.${o}.sourceId`]: office.id,
      [`office.${o}.keep`]: "on",
      [`office.${o}.name`]: office.name,
      [`office.${o}.leadContribution`]: "500000",
      [`office.${o}.nonLeadPool`]: "500000",
    });
    office.leads.forEach((lead, l) => {
      form[`office.${o}.lead.${l}.municipalityId`] = lead.municipalityId;
      form[`office.${o}.lead.${l}.amount`] = String(lead.yearlyAmount);
    });
  });
  change(form);
  return { form, schema: periodSchema({ municipalityIds: municipalities.map((m) => m.id) }) };
}

describe("a new period", () => {
  it("refuses a lead split that does not add up, naming the year and both amounts", async () => {
    const { form, schema } = await formFor((f) => {
      f["office.3.lead.0.amount"] = "300000";
    });
    const result = schema.safeParse(nestFormValues(form));
    expect(result.success).toBe(false);
    // At the year's first amount, where focus goes after the answer (it went to the form's summary).
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toContainEqual([
      "office.3.lead.0.amount",
      "Leadbeløbene i 2025 giver 550.000 kr., men leadbidraget er 500.000 kr.",
    ]);
  });

  it("tells every problem at once, not a few at a time (a try-out's six mistakes in one go)", async () => {
    const { form, schema } = await formFor((f) => {
      f.thresholdPercent = "150";
      f.firstYear = "2032";
      f.lastYear = "2029";
      f["office.0.name"] = "";
      f["office.1.nonLeadPool"] = "-5";
      f["office.3.lead.0.amount"] = "300000";
    });
    const result = schema.safeParse(nestFormValues(form));
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual(
      expect.arrayContaining([
        ["thresholdPercent", "Tærsklen kan højst være 100 %."],
        ["office.1.nonLeadPool", "Puljen kan ikke være under 0 kr."],
        ["office.0.name", "Skriv kontorets navn."],
        ["lastYear", "Det sidste år kan ikke ligge før det første."],
      ]),
    );
    // The years reach no further back than they can be checked: the lead sums wait for years that are right.
    const years = await formFor((f) => {
      f.firstYear = "20";
      f["office.3.lead.0.amount"] = "300000";
      f["office.0.name"] = "";
    });
    expect(years.schema.safeParse(nestFormValues(years.form)).error!.issues.map((i) => i.message)).toEqual([
      "Skriv det første år som et årstal mellem 2000 og 2100.",
      "Skriv kontorets navn.",
    ]);
  });

  it("tells a wrong lead amount or lead year at its field, not as a sum that says nothing", async () => {
    const { form, schema } = await formFor((f) => {
      f["office.3.lead.0.amount"] = "-5";
      f["office.3.lead.1.fromYear"] = "20x9";
    });
    const issues = schema.safeParse(nestFormValues(form)).error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([
      ["office.3.lead.0.amount", "Leadbeløbet kan ikke være under 0 kr."],
      ["office.3.lead.1.fromYear", "Skriv året som et årstal."],
    ]);
  });

  it("tells each lead's own problem at that lead's field", async () => {
    const { form, schema } = await formFor((f) => {
      f["office.0.lead.0.amount"] = "";
      f["office.1.lead.0.municipalityId"] = "";
      f["office.2.lead.0.municipalityId"] = "";
      f["office.2.lead.0.amount"] = "";
      f["office.3.lead.1.fromYear"] = "2024";
      f["office.3.lead.0.toYear"] = "2029";
    });
    const issues = schema.safeParse(nestFormValues(form)).error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([
      ["office.0.lead.0.amount", "Skriv leadkommunens beløb."],
      ["office.1.lead.0.municipalityId", "Vælg kommunen, beløbet gælder."],
      ["office.2.lead.0.municipalityId", "Vælg mindst én leadkommune."],
      ["office.3.lead.0.toYear", "Leadårene skal ligge i perioden 2025–2028."],
      ["office.3.lead.1.fromYear", "Leadårene skal ligge i perioden 2025–2028."],
    ]);
    const twice = await formFor((f) => {
      f["office.3.lead.1.municipalityId"] = f["office.3.lead.0.municipalityId"]!;
      f["office.3.lead.0.toYear"] = "2026";
      f["office.3.lead.1.fromYear"] = "2026";
      f["office.3.lead.0.amount"] = "500000";
      f["office.3.lead.1.amount"] = "500000";
    });
    expect(
      twice.schema.safeParse(nestFormValues(twice.form)).error!.issues.map((i) => [i.path.join("."), i.message]),
    ).toEqual([["office.3.lead.1.municipalityId", "Kommunen er lead to gange i 2026."]]);
  });

  it("refuses a new office filled in but not ticked, at its tick (it was left out without a word)", async () => {
    const { form, schema } = await formFor((f) => {
      f["office.4.name"] = "Danish Sound Cluster";
      f["office.4.leadContribution"] = "500000";
      f["office.4.lead.0.amount"] = "500000";
      // As the form sends an untouched new office: the amounts filled in from the period before, nothing typed.
      f["office.5.name"] = "";
      f["office.5.leadContribution"] = "500000";
      f["office.5.nonLeadPool"] = "500000";
    });
    expect(schema.safeParse(nestFormValues(form)).error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      [
        "office.4.keep",
        "Kontoret er udfyldt, men ikke med i perioden. Sæt flueben i «Med i den nye periode», eller tøm felterne.",
      ],
    ]);
  });

  it("refuses an office's decision deadline far from the period (2099 was taken), saying between which days", async () => {
    const { form, schema } = await formFor((f) => {
      f["office.0.decisionDueDate"] = "2099-12-31";
      f["office.1.decisionDueDate"] = "2025-03-31";
    });
    const result = schema.safeParse(nestFormValues(form));
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["office.0.decisionDueDate", "Fristen skal ligge mellem 1. januar 2023 og 31. december 2030."],
    ]);
  });

  it("its summary warns of a decision deadline that has passed, and how many would be told at once", async () => {
    const { municipalities } = await sjaelland();
    const { form, schema } = await formFor((f) => {
      f["office.1.decisionDueDate"] = "2025-02-10";
    });
    const input: PeriodInput = schema.parse(nestFormValues(form));
    const names = municipalities.map((m) => ({ id: m.id, name: m.name }));
    // CLEAN's lead is Roskilde: the other 16 have not decided in a new period and would get the mail.
    expect(summarizePeriod(input, names, new Date("2025-02-20T09:00:00+01:00")).pastDeadline).toBe(
      "Fristen for beslutninger om CLEAN – Danmarks Miljøteknologiklynge (10. februar 2025) er allerede overskredet. " +
        "Når perioden er oprettet, får 16 kommuner en mail om, at fristen er overskredet, ved næste udsendelse.",
    );
    // On the day itself, or before: nothing to warn of.
    expect(summarizePeriod(input, names, new Date("2025-02-10T22:30:00Z")).pastDeadline).toBeNull();
  });

  it("is made from 2021–2024 without changing it; each office's own pool and leads add up to the krone", async () => {
    const { region, first, offices, secretariat } = await sjaelland();
    const before = JSON.stringify((await loadAgreement({ db: t.db, agreementId: first.id })).allocations);
    const { form, schema } = await formFor((f) => {
      f["office.1.name"] = "CLEAN – Danmarks Grønne Klynge";
      f["office.1.nonLeadPool"] = "400000";
      f["office.3.leadContribution"] = "600000";
      f["office.3.lead.0.amount"] = "350000";
      f["office.3.lead.1.amount"] = "250000";
    });
    const input: PeriodInput = schema.parse(nestFormValues(form));
    const period = await createPeriod({
      db: t.db,
      actor: secretariat,
      regionId: region.id,
      sourceAgreementId: first.id,
      input,
    });

    expect(JSON.stringify((await loadAgreement({ db: t.db, agreementId: first.id })).allocations)).toBe(before);
    const view = await loadAgreement({ db: t.db, agreementId: period.id });
    expect(view.years).toEqual([2025, 2026, 2027, 2028]);
    const clean = view.offices.find((o) => o.name === "CLEAN – Danmarks Grønne Klynge")!;
    expect(clean.predecessorId).toBe(offices[1]!.id);
    // Nobody has decided yet: everyone counts as taking part, so each office gets its own amounts exactly.
    const expected: Record<string, [lead: number, pool: number]> = {
      "We Build Denmark": [500_000, 500_000],
      "CLEAN – Danmarks Grønne Klynge": [500_000, 400_000],
      "Food & Bio Cluster Denmark": [500_000, 500_000],
      "Life Science Cluster Denmark": [600_000, 500_000],
    };
    for (const office of view.offices) {
      const [lead, pool] = expected[office.name]!;
      for (const year of view.years) {
        const { allocation, leads } = view.allocationFor(office.id, year);
        expect(leads.reduce((sum, l) => sum + l.amount, 0)).toBe(lead);
        expect(allocation.shares.reduce((sum, s) => sum + s.amount, 0)).toBe(pool);
        // By population, each within a krone of its exact fraction of the office's pool.
        const payers = view.input.municipalities.filter((m) => allocation.shares.some((s) => s.code === m.code));
        const people = payers.reduce((sum, m) => sum + m.population, 0);
        for (const share of allocation.shares) {
          const exact = (pool * payers.find((m) => m.code === share.code)!.population) / people;
          expect(Math.abs(share.amount - exact)).toBeLessThan(1);
        }
      }
    }
    // Every council decides on every office of the new period; every office evaluates every year.
    expect(await t.db.participation.count({ where: { office: { agreementId: period.id } } })).toBe(17 * 4);
    expect(await t.db.evaluationReport.count({ where: { office: { agreementId: period.id } } })).toBe(4 * 4);
    expect(await t.db.auditEvent.count({ where: { action: "period.created", entityId: period.id } })).toBe(1);
    // A new office user is tied to an office once, its newest period's row (the user works with all its periods).
    const { offices: choices } = await loadUsers({ db: t.db, regionId: region.id });
    expect(choices.map((o) => o.name).sort()).toEqual(Object.keys(expected).sort());
    expect(choices.map((o) => o.id).sort()).toEqual(view.offices.map((o) => o.id).sort());
  });

  it("refuses overlapping years, a repeated name and a basis date without figures — and stores nothing", async () => {
    const { region, first, secretariat } = await sjaelland();
    const count = () => Promise.all([t.db.agreement.count(), t.db.clusterOffice.count(), t.db.auditEvent.count()]);
    const before = await count();
    const attempt = async (change: (f: Record<string, string>) => void) => {
      const { form, schema } = await formFor(change);
      const error = await createPeriod({
        db: t.db,
        actor: secretariat,
        regionId: region.id,
        sourceAgreementId: first.id,
        input: schema.parse(nestFormValues(form)),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Refusal);
      // «Se opsummering» refuses it the same way, before «Opret perioden» is offered.
      const atSummary = await checkNewPeriod({
        db: t.db,
        regionId: region.id,
        sourceAgreementId: first.id,
        input: schema.parse(nestFormValues(form)),
      }).catch((e: unknown) => e);
      expect((atSummary as Refusal).fieldErrors).toEqual((error as Refusal).fieldErrors);
      return (error as Refusal).fieldErrors;
    };
    expect(
      await attempt((f) => {
        f.name = "Forlængelse";
        f.firstYear = "2027";
        f.lastYear = "2029";
      }),
    ).toMatchObject({ firstYear: expect.stringContaining("overlapper") });
    expect(
      await attempt((f) => {
        f.firstYear = "2029";
        f.lastYear = "2032";
      }),
    ).toMatchObject({ name: "Der findes allerede en periode med det navn." });
    expect(
      await attempt((f) => {
        f.name = "2029-2032";
        f.firstYear = "2029";
        f.lastYear = "2032";
        f.populationBasisDate = "2029-01-01";
      }),
    ).toMatchObject({ populationBasisDate: expect.stringContaining("Importér tallene") });
    expect(await count()).toEqual(before);
  });
});

describe("the living demo", () => {
  it("looks like a year in real use, and adds nothing the second time", async () => {
    const demo = await createTestDatabase();
    try {
      expect(await seedLivingDemo(demo.db)).toBe(true);
      const region = await demo.db.region.findUniqueOrThrow({ where: { code: "1085" } });
      const [first, second] = await demo.db.agreement.findMany({
        where: { regionId: region.id },
        orderBy: { firstYear: "asc" },
      });
      const old = await loadAgreement({ db: demo.db, agreementId: first!.id });
      // 2021–2024 fully decided, with a few Nej and one correction.
      expect(old.allocations.every((a) => a.allocation.pending === 0)).toBe(true);
      expect(old.allocations.some((a) => a.allocation.no > 0)).toBe(true);
      expect(await demo.db.councilDecision.count({ where: { correctsId: { not: null } } })).toBe(1);
      const evaluations = await demo.db.evaluationReport.findMany({
        where: { office: { agreementId: first!.id } },
        select: { year: true, status: true },
      });
      expect(evaluations.filter((e) => e.year < 2024).every((e) => e.status === "APPROVED")).toBe(true);
      expect(evaluations.filter((e) => e.year === 2024).every((e) => e.status === "SUBMITTED")).toBe(true);

      // 2025–2028 in progress: some pending, one office at risk, the reused figures labelled as such.
      expect(second).toMatchObject({ firstYear: 2025, lastYear: 2028, populationNote: DEMO_POPULATION_NOTE });
      const current = await loadAgreement({ db: demo.db, agreementId: second!.id });
      const in2025 = current.allocations.filter((a) => a.year === 2025);
      expect(in2025.some((a) => a.allocation.pending > 0)).toBe(true);
      // At risk: one more Nej and its total is reduced.
      expect(in2025.filter((a) => noMargin(a.allocation) === 0).length).toBeGreaterThanOrEqual(1);
      expect(in2025.every((a) => a.allocation.status !== "REDUCED")).toBe(true);

      // «Demopostkasse»: what the demo's decisions and evaluations told people, delivered by the worker through the
      // demo's own mail catcher (as `npm run demo` runs them), is in the mailbox the administrator reads.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "demopostkasse-"));
      const catcher = await startMailCatcher({ port: 0, dir });
      const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${catcher.port}` });
      try {
        const report = await deliverOutbox({ db: demo.db, transport, from: "Klyngeportalen (demo) <noreply@demo.dk>" });
        expect(report).toMatchObject({ retrying: 0, failed: 0 });
        expect(report.sent).toBeGreaterThan(0);
        const mailbox = await loadDemoMailbox({ dir, take: 1000 });
        expect(mailbox.enabled && mailbox.total).toBe(report.sent);
        const subjects = mailbox.enabled ? mailbox.rows.map((m) => m.subject) : [];
        expect(subjects.some((subject) => subject.startsWith("Beslutning registreret"))).toBe(true);
      } finally {
        transport.close();
        await catcher.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }

      const decisions = await demo.db.councilDecision.count();
      expect(await seedLivingDemo(demo.db)).toBe(false);
      expect(await demo.db.councilDecision.count()).toBe(decisions);
    } finally {
      await demo.drop();
    }
  }, 120_000);
});
