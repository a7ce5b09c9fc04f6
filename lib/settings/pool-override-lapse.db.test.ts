import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { recordDecisions } from "../decisions/record-decisions";
import { setPoolOverride } from "./set-pool-override";
import { setLeadsFromYear } from "./set-leads-from-year";
import { loadSettings } from "./load-settings";

let t: TestDatabase;
let agreementId: string;
let cleanId: string;

async function decide(code: string, decision: "YES" | "NO", meetingDate: string) {
  const secretariat = await t.db.user.findFirstOrThrow({ where: { role: "SECRETARIAT" } });
  const municipality = await t.db.municipality.findUniqueOrThrow({ where: { code } });
  const participation = await t.db.participation.findFirstOrThrow({
    where: { municipalityId: municipality.id, officeId: cleanId },
  });
  await recordDecisions({
    db: t.db,
    actor: secretariat,
    municipalityId: municipality.id,
    agreementId,
    input: {
      officeIds: [cleanId],
      decision,
      effectiveFromYear: 2021,
      councilBody: "Byrådet",
      meetingDate,
      caseReference: "Punkt 9",
      isCorrection: false,
      minutesUrl: undefined,
      note: undefined,
      correctionReason: undefined,
      closedYearReason: undefined,
    },
    expectedVersions: { [cleanId]: participation.version },
  });
}

const newestNote = async () =>
  (
    await t.db.shareSnapshot.findFirstOrThrow({
      where: { officeId: cleanId, year: 2021 },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { note: true },
    })
  ).note;

beforeAll(async () => {
  t = await createTestDatabase();
  agreementId = (await t.db.agreement.findFirstOrThrow()).id;
  cleanId = (await t.db.clusterOffice.findFirstOrThrow({ where: { slug: "clean" } })).id;
  // Three "Nej" for CLEAN: 13 of 16 take part, the requirement is 14 — reduced.
  for (const code of ["0360", "0340", "0316"]) await decide(code, "NO", "2021-02-25");
});
afterAll(async () => {
  await t.drop();
});

describe("settings changes and agreed pools in words (issue 16)", () => {
  it("the ledger says what the settings change was", async () => {
    const secretariat = await t.db.user.findFirstOrThrow({ where: { role: "SECRETARIAT" } });
    await setPoolOverride({
      db: t.db,
      actor: secretariat,
      officeId: cleanId,
      year: 2021,
      amount: 420_000,
      reason: "Dialogmøde med CLEAN 12. april 2021",
    });
    expect(await newestNote()).toBe(
      "Aftalt reduceret pulje 420.000 kr. for 2021, begrundelse: Dialogmøde med CLEAN 12. april 2021",
    );
    const lifeScience = await t.db.clusterOffice.findFirstOrThrow({
      where: { slug: "life-science-cluster" },
      include: { leads: { include: { municipality: true } } },
    });
    await setLeadsFromYear({
      db: t.db,
      actor: secretariat,
      officeId: lifeScience.id,
      fromYear: 2024,
      leads: lifeScience.leads.map((lead) => ({ municipalityId: lead.municipalityId, amount: 250_000 })),
    });
    const leads = await t.db.shareSnapshot.findFirst({
      where: { officeId: lifeScience.id, year: 2024 },
      orderBy: { createdAt: "desc" },
    });
    expect(leads?.note).toBe("Ny leadfordeling fra 2024: Kalundborg 250.000 kr. og Guldborgsund 250.000 kr. pr. år");
  });

  it("a municipality that rejoins ends the agreed pool — said in the ledger and on the settings page, with date and cause", async () => {
    await decide("0340", "YES", "2021-06-01"); // Sorø's council changes its mind: 14 of 16, no longer reduced
    expect(await newestNote()).toBe(
      "Den aftalte reducerede pulje på 420.000 kr. for 2021 gælder ikke længere: kontoret er ikke længere reduceret " +
        "(nu I risiko), og puljen på 500.000 kr. gælder igen.",
    );
    const settings = await loadSettings({ agreementId, db: t.db });
    expect(settings!.lapsedPools).toHaveLength(1);
    const [lapsed] = settings!.lapsedPools;
    expect(lapsed).toMatchObject({ year: 2021, amount: 420_000, status: "AT_RISK", pool: 500_000 });
    expect(lapsed!.cause?.municipality.name).toBe("Sorø");
    const step = await t.db.shareSnapshot.findFirstOrThrow({
      where: { officeId: cleanId, year: 2021, note: { startsWith: "Den aftalte reducerede pulje" } },
    });
    expect(lapsed!.since).toEqual(step.createdAt);
  });

  it("and applies again, in words, when the office is reduced again", async () => {
    await decide("0340", "NO", "2021-09-01");
    expect(await newestNote()).toBe(
      "Den aftalte reducerede pulje på 420.000 kr. for 2021 gælder igen: kontoret er reduceret.",
    );
    expect((await loadSettings({ agreementId, db: t.db }))!.lapsedPools).toEqual([]);
  });
});
