/**
 * Issue 17: a decision save takes the period's computed view from the per-process cache when it is exactly the
 * version the save starts from, and leaves the next version's view there once it has committed. What anyone sees
 * must never be older than the database. Two clients on one database stand for two server processes: saves through
 * both, one after the other and at the same time, and saves after a refused (rolled back) one. Checked as a user
 * would: the ledger's changes per municipality add up from the amounts before to the amounts the engine gives for
 * the decisions stored, and the pages of either process show every decision that was saved and none that was not.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "../db/create-client";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { expectLedgerAddsUp, officeAmountsNow, type OfficeAmounts } from "../testing/ledger";
import { decisionInput, participationVersions } from "../testing/decision-input";
import { loadAgreementCached } from "../shares/agreement-cache";
import { amountFor } from "../allocation";
import { Refusal } from "../actions/refusal";
import { closeOfficeYears } from "../billing/close-office-years";
import { recordDecisions } from "./record-decisions";
import type { DecisionFormInput } from "./decision-schema";

let t: TestDatabase;
/** The second process. */
let other: Database;
let agreementId: string;
let clean: string;
let secretariat: { id: string; name: string; role: string; municipalityId: string | null };
const ids = new Map<string, string>();

beforeAll(async () => {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "kp-view-cache-"));
  t = await createTestDatabase();
  other = createPrismaClient(t.url);
  const region = await t.db.region.findUniqueOrThrow({ where: { code: "1085" } });
  const agreement = await t.db.agreement.findFirstOrThrow({
    where: { regionId: region.id },
    orderBy: { firstYear: "asc" },
  });
  agreementId = agreement.id;
  clean = (await t.db.clusterOffice.findFirstOrThrow({ where: { agreementId, slug: "clean" } })).id;
  secretariat = await t.db.user.findFirstOrThrow({ where: { role: "SECRETARIAT", regionId: region.id } });
  for (const m of await t.db.municipality.findMany({ where: { regionId: region.id } })) ids.set(m.code, m.id);
});
afterAll(async () => {
  await other.$disconnect();
  await t.drop();
});

const [FAXE, HOLBAEK, KOEGE] = ["0320", "0316", "0259"];
const [RINGSTED, SOROE, STEVNS, LEJRE] = ["0329", "0340", "0336", "0350"];
const [GREVE, SOLROED, ODSHERRED] = ["0253", "0269", "0306"];

let before: OfficeAmounts;
let startedAt: Date;
beforeEach(async () => {
  before = await officeAmountsNow(t.db, agreementId, clean);
  startedAt = new Date(Date.now() - 1);
});

/** The ledger of CLEAN since the test began adds up (a save that started from an outdated view would not). */
const ledgerAddsUp = () => expectLedgerAddsUp(t.db, { agreementId, officeId: clean, before, since: startedAt });

/** What the municipality's own decision is for CLEAN in a year, on the pages of one process (its cached view). */
async function stateOnPage(db: Database, code: string, year: number) {
  const view = (await loadAgreementCached({ db, agreementId }))!;
  return amountFor(view.allocationFor(clean, year), code).state;
}

async function save(db: Database, code: string, input: Partial<DecisionFormInput>, actor = secretariat) {
  const municipalityId = ids.get(code)!;
  return recordDecisions({
    db,
    actor,
    municipalityId,
    agreementId,
    input: decisionInput({ officeIds: [clean], decision: "NO", caseReference: `Punkt ${code}`, ...input }),
    expectedVersions: await participationVersions(db, municipalityId),
  });
}

/** The snapshot of CLEAN that a decision wrote for a year, with its lines by municipality code. */
async function snapshotOf(decisionId: string, year: number) {
  const snapshot = await t.db.shareSnapshot.findFirstOrThrow({
    where: { causeDecisionId: decisionId, year },
    include: { lines: { include: { municipality: { select: { code: true } } } } },
  });
  return new Map(snapshot.lines.map((line) => [line.municipality.code, line]));
}

describe("the computed period a save starts from", () => {
  it("is never older than the database when two processes save one after the other", async () => {
    await save(t.db, FAXE, { decision: "NO", effectiveFromYear: 2022 });
    // The other process saves: the view the first one kept is now one version behind.
    await save(other, HOLBAEK, { decision: "NO", effectiveFromYear: 2023 });
    const { decisionIds } = await save(t.db, KOEGE, { decision: "NO", effectiveFromYear: 2024 });

    await ledgerAddsUp();
    // Køge's change in 2024 starts from Faxe and Holbæk paying nothing (Holbæk's Nej came through the other
    // process): neither is in it, and Køge goes from its share to nothing.
    const lines = await snapshotOf(decisionIds[0]!, 2024);
    expect(lines.get(KOEGE)!.previousAmount).toBeGreaterThan(0);
    expect(lines.get(KOEGE)!.amount).toBe(0);
    expect(lines.has(FAXE)).toBe(false);
    expect(lines.has(HOLBAEK)).toBe(false);
    // Both processes' pages show all three decisions.
    for (const db of [t.db, other]) {
      expect(await stateOnPage(db, FAXE, 2022)).toBe("NO");
      expect(await stateOnPage(db, HOLBAEK, 2023)).toBe("NO");
      expect(await stateOnPage(db, KOEGE, 2024)).toBe("NO");
    }
  });

  it("takes turns when saves for the same office come at the same time", async () => {
    // On PostgreSQL through both processes. SQLite's driver is synchronous: a second connection in the same
    // process waiting for the write lock would block the first one's commit, so there they share one client
    // (SQLite has one writer at a time anyway).
    const second = t.provider === "postgresql" ? other : t.db;
    await Promise.all([
      save(t.db, RINGSTED, { decision: "YES", effectiveFromYear: 2021, meetingDate: "2021-05-01" }),
      save(second, SOROE, { decision: "YES", effectiveFromYear: 2021, meetingDate: "2021-05-01" }),
      save(t.db, STEVNS, { decision: "NO", effectiveFromYear: 2021 }),
      save(second, LEJRE, { decision: "NO", effectiveFromYear: 2022 }),
    ]);
    await ledgerAddsUp();
    for (const db of [t.db, other]) {
      expect(await stateOnPage(db, RINGSTED, 2021)).toBe("YES");
      expect(await stateOnPage(db, SOROE, 2021)).toBe("YES");
      expect(await stateOnPage(db, STEVNS, 2021)).toBe("NO");
      expect(await stateOnPage(db, LEJRE, 2022)).toBe("NO");
    }
  });

  it("never includes a decision that was refused and rolled back", async () => {
    await closeOfficeYears({
      db: t.db,
      actor: secretariat,
      agreementId,
      year: 2021,
      officeIds: [clean],
      reason: "Opkræves efter KKR's beslutning",
    });
    await loadAgreementCached({ db: t.db, agreementId }); // this process has the current version
    // Greve's contact records a Nej reaching the closed 2021: refused inside the transaction, after the decision
    // and the next version's view were made.
    const contact = await t.db.user.findFirstOrThrow({ where: { municipalityId: ids.get(GREVE)! } });
    const refused = await save(t.db, GREVE, { decision: "NO", effectiveFromYear: 2021 }, contact).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(Refusal);
    // The other process saves the next version; then this one saves again.
    await save(other, SOLROED, { decision: "NO", effectiveFromYear: 2023 });
    const { decisionIds } = await save(t.db, ODSHERRED, { decision: "NO", effectiveFromYear: 2024 });

    await ledgerAddsUp();
    // Odsherred's change in 2024 starts from Greve still paying (its Nej was never saved) and Solrød paying nothing.
    const lines = await snapshotOf(decisionIds[0]!, 2024);
    expect(lines.get(GREVE)!.previousAmount).toBeGreaterThan(0);
    expect(lines.get(GREVE)!.amount).toBeGreaterThan(0);
    expect(lines.has(SOLROED)).toBe(false);
    for (const db of [t.db, other]) {
      expect(await stateOnPage(db, GREVE, 2021)).toBe("PENDING");
      expect(await stateOnPage(db, SOLROED, 2023)).toBe("NO");
      expect(await stateOnPage(db, ODSHERRED, 2024)).toBe("NO");
    }
  });
});
