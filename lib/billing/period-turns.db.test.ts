/**
 * Changes of one period take turns (bumpAgreementVersion): a closing, a change of leads, an agreed pool and a
 * council's decision, sent at the same moment, each compute from the period as the others left it. On PostgreSQL
 * through two clients, as two server processes (READ COMMITTED: before this, a closing could read the period, a
 * save commit a Nej for the year in between, and the closing invoice the amounts from before the Nej — a closed
 * year with a difference nobody had caused after the closing). On SQLite through one client, which has one
 * writer. Checked as the secretariat would: a closed year's invoice is what the engine says for it, unless a
 * change came after the closing (which a contact cannot make), and the ledger adds up.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "../db/create-client";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { expectLedgerAddsUp, officeAmountsNow } from "../testing/ledger";
import { decisionInput, participationVersions } from "../testing/decision-input";
import { loadAgreement } from "../shares/load-agreement";
import { Refusal } from "../actions/refusal";
import { recordDecisions } from "../decisions/record-decisions";
import type { DecisionFormInput } from "../decisions/decision-schema";
import { setLeadsFromYear } from "../settings/set-leads-from-year";
import { setPoolOverride } from "../settings/set-pool-override";
import { closeOfficeYears } from "./close-office-years";
import { loadBillingRecords } from "./load-billing-records";
import { officeYearBilling } from "./billing-state";

let t: TestDatabase;
/** The second process (the same client on SQLite). */
let other: Database;
let agreementId: string;
const office = new Map<string, string>();
const municipality = new Map<string, string>();
let secretariat: { id: string; name: string; role: string; municipalityId: string | null };

beforeAll(async () => {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "kp-period-turns-"));
  t = await createTestDatabase();
  other = t.provider === "postgresql" ? createPrismaClient(t.url) : t.db;
  const region = await t.db.region.findUniqueOrThrow({ where: { code: "1085" } });
  const agreement = await t.db.agreement.findFirstOrThrow({
    where: { regionId: region.id },
    orderBy: { firstYear: "asc" },
  });
  agreementId = agreement.id;
  for (const o of await t.db.clusterOffice.findMany({ where: { agreementId } })) office.set(o.slug, o.id);
  for (const m of await t.db.municipality.findMany({ where: { regionId: region.id } })) municipality.set(m.code, m.id);
  secretariat = await t.db.user.findFirstOrThrow({ where: { role: "SECRETARIAT", regionId: region.id } });
});
afterAll(async () => {
  if (other !== t.db) await other.$disconnect();
  await t.drop();
});

async function contactOf(code: string) {
  return t.db.user.findFirstOrThrow({ where: { municipalityId: municipality.get(code)!, role: "MUNICIPAL_CONTACT" } });
}

async function save(
  db: Database,
  code: string,
  input: Partial<DecisionFormInput> & Pick<DecisionFormInput, "officeIds">,
  actor: typeof secretariat,
) {
  const municipalityId = municipality.get(code)!;
  return recordDecisions({
    db,
    actor,
    municipalityId,
    agreementId,
    input: decisionInput({ decision: "NO", caseReference: `Punkt ${code}`, ...input }),
    expectedVersions: await participationVersions(db, municipalityId),
  });
}

/** Every payer's line of an office-year: what the engine says now against what was invoiced. */
async function billingOf(officeId: string, year: number) {
  const view = await loadAgreement({ db: t.db, agreementId });
  const records = await loadBillingRecords({ db: t.db, agreementId, year });
  return officeYearBilling({
    entry: view.allocationFor(officeId, year),
    codes: view.municipalities.map((m) => m.code),
    ...records,
  });
}

describe("changes of one period at the same moment", () => {
  it("a year closed while a council's Nej for it is saved: the Nej is refused, or the closing invoices it", async () => {
    // Six tries, each a closing of one office-year and a contact's Nej from that year, sent together.
    const tries = [
      { slug: "clean", year: 2022, code: "0320" },
      { slug: "clean", year: 2023, code: "0316" },
      { slug: "clean", year: 2024, code: "0259" },
      { slug: "food-bio-cluster", year: 2021, code: "0329" },
      { slug: "we-build-denmark", year: 2023, code: "0340" },
      { slug: "we-build-denmark", year: 2024, code: "0336" },
    ];
    for (const { slug, year, code } of tries) {
      const officeId = office.get(slug)!;
      const contact = await contactOf(code);
      const [closing, saving] = await Promise.allSettled([
        closeOfficeYears({
          db: t.db,
          actor: secretariat,
          agreementId,
          year,
          officeIds: [officeId],
          reason: "Samtidig",
        }),
        save(other, code, { officeIds: [officeId], effectiveFromYear: year }, contact),
      ]);
      expect(closing.status, String((closing as PromiseRejectedResult).reason)).toBe("fulfilled");
      const billing = await billingOf(officeId, year);
      expect(billing.closing).not.toBeNull();
      const nej = await t.db.councilDecision.count({
        where: { municipalityId: municipality.get(code)!, officeId, decision: "NO", effectiveFromYear: year },
      });
      if (saving.status === "rejected") {
        // The closing came first: the contact is told the year is closed, and nothing of the Nej is stored.
        expect(saving.reason, String(saving.reason)).toBeInstanceOf(Refusal);
        expect(nej).toBe(0);
      } else {
        expect(nej).toBe(1);
      }
      // Either way, what was invoiced is what the year costs with the decisions stored: nothing to settle.
      expect(
        billing.payers.filter((p) => p.settlement !== 0).map((p) => ({ code: p.code, settlement: p.settlement })),
        `${slug} ${year}`,
      ).toEqual([]);
      expect(billing.invoiced).toBe(billing.computed);
    }
  });

  it("a new lead from a year while councils' decisions for the same office are saved: the ledger adds up", async () => {
    const lscd = office.get("life-science-cluster")!;
    const before = await officeAmountsNow(t.db, agreementId, lscd);
    const since = new Date(Date.now() - 1);
    // Guldborgsund leaves the lead from 2023 and Kalundborg pays the whole lead contribution: Guldborgsund becomes
    // a payer of the shared pool, so every share of 2023–2024 moves — as the two Nej move them.
    const results = await Promise.allSettled([
      setLeadsFromYear({
        db: t.db,
        actor: secretariat,
        officeId: lscd,
        fromYear: 2023,
        leads: [{ municipalityId: municipality.get("0326")!, amount: 500_000 }],
      }),
      save(other, "0253", { officeIds: [lscd], effectiveFromYear: 2021 }, secretariat),
      save(other, "0269", { officeIds: [lscd], effectiveFromYear: 2024 }, secretariat),
    ]);
    for (const result of results)
      expect(result.status, String((result as PromiseRejectedResult).reason)).toBe("fulfilled");
    await expectLedgerAddsUp(t.db, { agreementId, officeId: lscd, before, since });
  });

  it("an agreed reduced pool while another council's Nej is saved: the ledger adds up", async () => {
    const fbc = office.get("food-bio-cluster")!;
    // Three Nej from 2023 take Food & Bio below 14 of its 16 non-lead municipalities: the year is reduced.
    for (const code of ["0306", "0350", "0360"]) {
      await save(t.db, code, { officeIds: [fbc], effectiveFromYear: 2023 }, secretariat);
    }
    const view = await loadAgreement({ db: t.db, agreementId });
    expect(view.allocationFor(fbc, 2023).allocation.status).toBe("REDUCED");
    const before = await officeAmountsNow(t.db, agreementId, fbc);
    const since = new Date(Date.now() - 1);
    const results = await Promise.allSettled([
      setPoolOverride({ db: t.db, actor: secretariat, officeId: fbc, year: 2023, amount: 420_000, reason: "Aftalt" }),
      save(other, "0370", { officeIds: [fbc], effectiveFromYear: 2022 }, secretariat),
    ]);
    for (const result of results)
      expect(result.status, String((result as PromiseRejectedResult).reason)).toBe("fulfilled");
    await expectLedgerAddsUp(t.db, { agreementId, officeId: fbc, before, since });
  });
});
