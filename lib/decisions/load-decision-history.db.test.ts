/**
 * «Hvorfor ændrede vores andel sig?» on a municipality's history page: the amounts one save changed share one
 * moment, and within it they come office by office in the period's order, each office's years in order — as the
 * user reads a table, not in the order of the ledger lines' random ids (found by trying the demo, 7 December 2026).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { decisionInput, participationVersions } from "../testing/decision-input";
import { recordDecisions } from "./record-decisions";
import { loadDecisionHistory } from "./load-decision-history";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

describe("a municipality's history", () => {
  it("lists the amounts one save changed office by office, in the period's order, and year by year", async () => {
    const region = await t.db.region.findUniqueOrThrow({ where: { code: "1085" } });
    const agreement = await t.db.agreement.findFirstOrThrow({
      where: { regionId: region.id },
      orderBy: { firstYear: "asc" },
    });
    const offices = await t.db.clusterOffice.findMany({
      where: { agreementId: agreement.id },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    });
    const secretariat = await t.db.user.findFirstOrThrow({ where: { role: "SECRETARIAT", regionId: region.id } });
    const faxe = await t.db.municipality.findUniqueOrThrow({ where: { code: "0320" } });
    const holbaek = await t.db.municipality.findUniqueOrThrow({ where: { code: "0316" } });
    const officeIds = offices.map((o) => o.id);
    // Faxe's council says Nej to every office from 2022: Holbæk's amount moves in every office and year it pays.
    await recordDecisions({
      db: t.db,
      actor: secretariat,
      municipalityId: faxe.id,
      agreementId: agreement.id,
      input: decisionInput({ officeIds, decision: "NO", effectiveFromYear: 2022, meetingDate: "2021-12-01" }),
      expectedVersions: await participationVersions(t.db, faxe.id),
    });

    const history = await loadDecisionHistory({
      db: t.db,
      municipalityId: holbaek.id,
      agreementId: agreement.id,
      take: 50,
    });
    const changes = history.changes.rows;
    const newest = changes.filter((c) => c.createdAt.getTime() === changes[0]!.createdAt.getTime());
    const rows = newest.map((c) => ({ office: c.snapshot.office.name, year: c.snapshot.year }));
    expect(rows.length).toBeGreaterThan(4);
    const position = (name: string) => offices.findIndex((o) => o.name === name);
    expect(rows).toEqual([...rows].sort((a, b) => position(a.office) - position(b.office) || a.year - b.year));
  });
});
