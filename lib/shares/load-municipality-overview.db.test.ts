/**
 * The municipality page's figures as its user sees them over several visits (issues 10 and 17): what changed
 * since the last visit is marked with the amount before and its cause, the marks go with the next visit, and a
 * decision recorded in between always shows at once — also now that the page keeps its figures and the changes
 * with the computed agreement of one dataVersion, and reads the visit with a raw query (SQLite and PostgreSQL). The
 * approved evaluations are kept with that view too: an evaluation approved after a visit is on the next one.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { findCurrentAgreement } from "./load-agreement";
import { loadMunicipalityOverview } from "./load-municipality-overview";
import { recordDecisions } from "../decisions/record-decisions";
import { decisionInput } from "../testing/decision-input";
import { submitEvaluation } from "../evaluations/submit-evaluation";
import { reviewEvaluation } from "../evaluations/review-evaluation";
import { sampleKpis, sampleReport } from "../testing/evaluation-fixture";

let t: TestDatabase;
let visitMinutes: string | undefined;
beforeAll(async () => {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "kp-visit-"));
  // Every view is a visit of its own (as on the e2e server).
  visitMinutes = process.env.KLYNGEPORTALEN_VISIT_MINUTES;
  process.env.KLYNGEPORTALEN_VISIT_MINUTES = "0";
  t = await createTestDatabase();
});
afterAll(async () => {
  if (visitMinutes === undefined) delete process.env.KLYNGEPORTALEN_VISIT_MINUTES;
  else process.env.KLYNGEPORTALEN_VISIT_MINUTES = visitMinutes;
  await t.drop();
});

describe("a municipality's page over several visits", () => {
  it("marks what changed since the last visit, once, and never shows an amount older than the last save", async () => {
    const faxe = await t.db.municipality.findUniqueOrThrow({ where: { code: "0320" } });
    const stevns = await t.db.municipality.findUniqueOrThrow({ where: { code: "0336" } });
    const reader = await t.db.user.findFirstOrThrow({ where: { municipalityId: faxe.id } });
    const stevnsContact = await t.db.user.findFirstOrThrow({ where: { municipalityId: stevns.id } });
    const office = await t.db.clusterOffice.findFirstOrThrow({ where: { slug: "clean" } });
    const agreement = (await findCurrentAgreement({ db: t.db }))!;
    const view = () =>
      loadMunicipalityOverview({ db: t.db, municipality: faxe, agreementId: agreement.id, userId: reader.id });
    const cell = (page: NonNullable<Awaited<ReturnType<typeof view>>>, year: number) =>
      page.offices.find((o) => o.office.id === office.id)!.years.find((c) => c.year === year)!;

    // First visit: nothing is marked (everything is new to the user).
    const first = (await view())!;
    expect(first.baseline).toBeNull();
    const before = cell(first, 2022).amount;
    expect(before).toBeGreaterThan(0);

    // Stevns says no from 2022: Faxe's share of the office grows (the pool is kept, split among fewer).
    await recordDecisions({
      db: t.db,
      actor: stevnsContact,
      municipalityId: stevns.id,
      agreementId: agreement.id,
      expectedVersions: { [office.id]: 0 },
      input: decisionInput({
        officeIds: [office.id],
        decision: "NO",
        effectiveFromYear: 2022,
        councilBody: "Kommunalbestyrelsen",
        meetingDate: "2021-04-01",
      }),
    });

    // Next visit: the new amount, marked with the amount before and the cause; 2021 did not change.
    const second = (await view())!;
    expect(second.baseline).toBeInstanceOf(Date);
    expect(second.baseline!.getTime()).toBeGreaterThan(0);
    const changed = cell(second, 2022);
    expect(changed.amount).toBeGreaterThan(before);
    expect(changed.changed).toEqual({
      previousAmount: before,
      cause: { kind: "DECISION", municipality: "Stevns", decision: "NO", fromYear: 2022, toYear: null },
    });
    expect(cell(second, 2021).changed).toBeNull();

    // The visit after: the same amount, no longer marked.
    const third = (await view())!;
    expect(cell(third, 2022).amount).toBe(changed.amount);
    expect(cell(third, 2022).changed).toBeNull();
    expect(third.baseline!.getTime()).toBeGreaterThanOrEqual(second.baseline!.getTime());

    // The first visit's figures were not changed by the marks put on the second's (they are the user's own).
    const again = (await view())!;
    expect(cell(again, 2022).changed).toBeNull();
    expect(cell(again, 2022).amount).toBe(changed.amount);
  });

  it("does not mark for a user what that user changed; everyone else sees it marked", async () => {
    const faxe = await t.db.municipality.findUniqueOrThrow({ where: { code: "0320" } });
    const contact = await t.db.user.findFirstOrThrow({ where: { municipalityId: faxe.id } });
    const secretariat = await t.db.user.findFirstOrThrow({ where: { role: "SECRETARIAT" } });
    const office = await t.db.clusterOffice.findFirstOrThrow({ where: { slug: "clean" } });
    const agreement = (await findCurrentAgreement({ db: t.db }))!;
    const viewAs = (userId: string) =>
      loadMunicipalityOverview({ db: t.db, municipality: faxe, agreementId: agreement.id, userId });
    const cell = (page: NonNullable<Awaited<ReturnType<typeof viewAs>>>, year: number) =>
      page.offices.find((o) => o.office.id === office.id)!.years.find((c) => c.year === year)!;
    const before = cell((await viewAs(contact.id))!, 2023).amount;
    await viewAs(secretariat.id);
    expect(before).toBeGreaterThan(0);

    // Faxe's contact records Faxe's own "Nej" from 2023.
    await recordDecisions({
      db: t.db,
      actor: contact,
      municipalityId: faxe.id,
      agreementId: agreement.id,
      expectedVersions: { [office.id]: 0 },
      input: decisionInput({
        officeIds: [office.id],
        decision: "NO",
        effectiveFromYear: 2023,
        councilBody: "Byrådet",
        meetingDate: "2022-05-01",
      }),
    });

    // The contact made the change and is not told about it as news; the amount is the new one all the same.
    const own = (await viewAs(contact.id))!;
    expect(cell(own, 2023).amount).toBe(0);
    expect(cell(own, 2023).changed).toBeNull();
    // The secretariat did not make it: marked, with the amount before and the cause.
    const other = (await viewAs(secretariat.id))!;
    expect(cell(other, 2023).amount).toBe(0);
    expect(cell(other, 2023).changed).toEqual({
      previousAmount: before,
      cause: { kind: "DECISION", municipality: "Faxe", decision: "NO", fromYear: 2023, toYear: null },
    });
  });

  it("lists an evaluation on the next visit after it is approved, with the version read as the page reads it", async () => {
    const faxe = await t.db.municipality.findUniqueOrThrow({ where: { code: "0320" } });
    const reader = await t.db.user.findFirstOrThrow({ where: { municipalityId: faxe.id } });
    const secretariat = await t.db.user.findFirstOrThrow({ where: { role: "SECRETARIAT" } });
    const office = await t.db.clusterOffice.findFirstOrThrow({ where: { slug: "clean" } });
    const officeUser = await t.db.user.findFirstOrThrow({ where: { officeId: office.id } });
    const agreement = (await findCurrentAgreement({ db: t.db }))!;
    // As the page: the period's dataVersion comes with the period (lib/periods/require-period.ts).
    const visit = async () => {
      const { dataVersion } = await t.db.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
      const page = await loadMunicipalityOverview({
        db: t.db,
        municipality: faxe,
        agreementId: agreement.id,
        version: dataVersion,
        userId: reader.id,
      });
      return page!.approvedEvaluations.map((e) => `${e.office.name} ${e.year}`);
    };
    expect(await visit()).toEqual([]);

    await submitEvaluation({
      db: t.db,
      actor: officeUser,
      officeId: office.id,
      year: 2022,
      input: sampleKpis,
      report: sampleReport,
      expectedVersion: 0,
    });
    // Submitted, not approved: still not listed.
    expect(await visit()).toEqual([]);
    const report = await t.db.evaluationReport.findUniqueOrThrow({
      where: { officeId_year: { officeId: office.id, year: 2022 } },
    });
    await reviewEvaluation({
      db: t.db,
      actor: secretariat,
      reportId: report.id,
      outcome: "APPROVED",
      expectedVersion: report.version,
    });
    expect(await visit()).toEqual([`${office.name} 2022`]);
  });
});
