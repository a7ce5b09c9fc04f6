import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { findCurrentAgreement, loadAgreement } from "../shares/load-agreement";
import { amountFor } from "../allocation";
import { isDecisionConflict, recordDecisions } from "./record-decisions";

let t: TestDatabase;
beforeAll(async () => {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "kp-conc-"));
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const SIMULTANEOUS = 50;

describe(`${SIMULTANEOUS} simultaneous conflicting saves for one municipality and office`, () => {
  it("let exactly one through per version, and the ledger matches the final state", async () => {
    const faxe = await t.db.municipality.findUniqueOrThrow({ where: { code: "0320" } });
    const office = await t.db.clusterOffice.findFirstOrThrow({ where: { slug: "clean" } });
    const actor = await t.db.user.findFirstOrThrow({ where: { municipalityId: faxe.id } });
    const { id: agreementId } = await t.db.agreement.findFirstOrThrow();
    for (const round of [1, 2]) {
      const { version } = await t.db.participation.findUniqueOrThrow({
        where: { municipalityId_officeId: { municipalityId: faxe.id, officeId: office.id } },
      });
      const results = await Promise.allSettled(
        Array.from({ length: SIMULTANEOUS }, (_, i) =>
          recordDecisions({
            db: t.db,
            actor,
            municipalityId: faxe.id,
            agreementId,
            input: {
              officeIds: [office.id],
              decision: i % 2 ? "NO" : "YES",
              effectiveFromYear: 2021 + (i % 4),
              councilBody: "Byrådet",
              meetingDate: "2021-03-01",
              caseReference: `Runde ${round}, forsøg ${i}`,
              isCorrection: false,
              minutesUrl: undefined,
              note: undefined,
              correctionReason: undefined,
              closedYearReason: undefined,
            },
            expectedVersions: { [office.id]: version },
          }),
        ),
      );
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost.every((r) => isDecisionConflict(r.reason))).toBe(true);
      expect(await t.db.councilDecision.count({ where: { municipalityId: faxe.id } })).toBe(round);
    }

    // The newest snapshot of each office-year equals what the engine computes from the decisions now stored.
    const view = await loadAgreement({ db: t.db, agreementId: (await findCurrentAgreement({ db: t.db }))!.id });
    for (const year of view.years) {
      const latest = await t.db.shareSnapshot.findFirst({
        where: { officeId: office.id, year },
        orderBy: { createdAt: "desc" },
        include: { lines: { include: { municipality: true } } },
      });
      if (!latest) continue;
      const entry = view.allocationFor(office.id, year);
      expect(latest.pool).toBe(entry.allocation.pool);
      expect(latest.status).toBe(entry.allocation.status);
      for (const line of latest.lines) expect(line.amount).toBe(amountFor(entry, line.municipality.code).amount);
    }
  }, 60_000);
});
