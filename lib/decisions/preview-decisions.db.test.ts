/**
 * A correction replaces the whole registration it corrects (docs/decisions/0014-decisions-over-time.md). When the
 * correction covers fewer years, the years left over have no decision at all — the preview says so before saving.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { findCurrentAgreement } from "../shares/load-agreement";
import { recordDecisions } from "./record-decisions";
import { previewDecisions } from "./preview-decisions";
import type { DecisionFormInput } from "./decision-schema";
import { decisionInput } from "../testing/decision-input";

let t: TestDatabase;
beforeAll(async () => {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "kp-preview-"));
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

describe("the preview of a correction", () => {
  it("names the years the corrected registration governed that will have no decision after it", async () => {
    const faxe = await t.db.municipality.findUniqueOrThrow({ where: { code: "0320" } });
    const actor = await t.db.user.findFirstOrThrow({ where: { municipalityId: faxe.id } });
    const office = await t.db.clusterOffice.findFirstOrThrow({ where: { slug: "clean" } });
    const agreement = (await findCurrentAgreement({ db: t.db }))!;
    const { decisionIds } = await recordDecisions({
      db: t.db,
      actor,
      municipalityId: faxe.id,
      agreementId: agreement.id,
      expectedVersions: { [office.id]: 0 },
      input: decisionInput({ officeIds: [office.id] }),
    });
    const preview = (input: Partial<DecisionFormInput>) =>
      previewDecisions({
        db: t.db,
        actor,
        municipality: faxe,
        agreementId: agreement.id,
        input: decisionInput({ officeIds: [office.id], ...input }),
      });
    const correction = { isCorrection: true, correctsId: decisionIds[0], correctionReason: "Forkert år" };

    // «Ja fra 2021» corrected to «Nej 2021–2021»: 2022–2024 are left without a decision.
    const narrower = await preview({ ...correction, decision: "NO", effectiveFromYear: 2021, effectiveToYear: 2021 });
    expect(narrower.offices[0]!.undecidedAfter).toEqual([2022, 2023, 2024]);

    // Corrected to «Nej fra 2021»: every year still has a decision.
    const whole = await preview({ ...correction, decision: "NO", effectiveFromYear: 2021 });
    expect(whole.offices[0]!.undecidedAfter).toEqual([]);

    // Not a correction: a new «Nej 2021–2021» overrides 2021 only; the «Ja» still governs 2022–2024.
    const later = await preview({ decision: "NO", effectiveFromYear: 2021, effectiveToYear: 2021 });
    expect(later.offices[0]!.undecidedAfter).toEqual([]);

    // A correction of CLEAN's registration with every office ticked (the form ticks them all) is refused by the preview
    // as the save refuses it, not only after «Gem beslutning».
    const all = await t.db.clusterOffice.findMany({ where: { agreementId: agreement.id } });
    await expect(preview({ ...correction, officeIds: all.map((o) => o.id) })).rejects.toThrow(
      "En rettelse gælder kun klyngekontoret for den registrering, der rettes. Vælg kun det.",
    );
  });
});

describe("the preview of a decision that leaves years undecided", () => {
  it("names the years still without a decision, so a late first decision «fra 2023» does not leave 2021–2022 unnoticed", async () => {
    const greve = await t.db.municipality.findUniqueOrThrow({ where: { code: "0253" } });
    const actor = await t.db.user.findFirstOrThrow({ where: { municipalityId: greve.id } });
    const office = await t.db.clusterOffice.findFirstOrThrow({ where: { slug: "food-bio-cluster" } });
    const agreement = (await findCurrentAgreement({ db: t.db }))!;
    const preview = (input: Partial<DecisionFormInput>) =>
      previewDecisions({
        db: t.db,
        actor,
        municipality: greve,
        agreementId: agreement.id,
        input: decisionInput({ officeIds: [office.id], ...input }),
      }).then((p) => p.offices[0]!.stillUndecided);

    expect(await preview({ effectiveFromYear: 2023, meetingDate: "2022-11-24" })).toEqual([2021, 2022]);
    expect(await preview({ effectiveFromYear: 2021, effectiveToYear: 2022 })).toEqual([2023, 2024]);
    expect(await preview({ effectiveFromYear: 2021 })).toEqual([]);
  });

  it("warns before saving when an amount, or the most it can become, is above the council's approved amount", async () => {
    const greve = await t.db.municipality.findUniqueOrThrow({ where: { code: "0253" } });
    const actor = await t.db.user.findFirstOrThrow({ where: { municipalityId: greve.id } });
    const office = await t.db.clusterOffice.findFirstOrThrow({ where: { slug: "food-bio-cluster" } });
    const agreement = (await findCurrentAgreement({ db: t.db }))!;
    const preview = (approvedAmountPerYear?: number) =>
      previewDecisions({
        db: t.db,
        actor,
        municipality: greve,
        agreementId: agreement.id,
        input: decisionInput({
          officeIds: [office.id],
          decision: "YES",
          effectiveFromYear: 2021,
          approvedAmountPerYear,
        }),
      }).then((p) => p.offices[0]!);
    // Greve's share is some 33.000 kr.; with others undecided it may rise (højst), which 15.000 kr. is far below.
    const low = await preview(15_000);
    expect(low.approved).toBe(15_000);
    expect(low.overApproved.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024]);
    for (const y of low.overApproved) {
      expect(y.amount).toBeGreaterThan(15_000);
      expect(y.ceiling).toBeGreaterThanOrEqual(y.amount);
    }
    // An approval above the most it can become: nothing to warn about; none typed: nothing either.
    expect((await preview(1_000_000)).overApproved).toEqual([]);
    expect((await preview()).overApproved).toEqual([]);
  });
});
