/**
 * A save computes the next view only for the offices its decisions belong to (`viewWithDecisions`, issue 17). Here,
 * for random saves on the seeded Sjælland period, that view must be the one computed from scratch: the engine's input
 * and every office-year, for every office — also after many saves in a row, each building on the last, with
 * corrections among them.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { buildAgreementView, fetchAgreementRows, viewWithDecisions, type AgreementRows } from "./load-agreement";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

describe("the view after a save", () => {
  it("is the view computed from all the rows, office by office, save after save", async () => {
    const agreement = await t.db.agreement.findFirstOrThrow({ orderBy: { firstYear: "asc" } });
    const rows = await fetchAgreementRows({ db: t.db, agreementId: agreement.id });
    const template = rows.decisions[0]!;
    const officeIds = rows.offices.map((o) => o.id);
    const codes = rows.municipalities.map((m) => m.code);
    const { firstYear, lastYear } = rows.agreement;

    // One save: one council's decision for one or more offices, as record-decisions.ts adds them.
    const save = fc.record({
      offices: fc.subarray(officeIds, { minLength: 1 }),
      code: fc.constantFrom(...codes),
      decision: fc.constantFrom("YES" as const, "NO" as const),
      from: fc.integer({ min: firstYear, max: lastYear }),
      span: fc.option(fc.integer({ min: 0, max: lastYear - firstYear }), { nil: null }),
      meetingDay: fc.integer({ min: 0, max: 4 * 365 }),
      // A correction replaces the council's latest decision for the office (lib/allocation/decisions-by-year.ts).
      correction: fc.boolean(),
    });
    type Save = typeof save extends fc.Arbitrary<infer T> ? T : never;
    let serial = 0;
    const decisionsOf = (s: Save, all: AgreementRows["decisions"]): AgreementRows["decisions"] => {
      const municipality = rows.municipalities.find((m) => m.code === s.code)!;
      const meetingDate = new Date(Date.UTC(firstYear, 0, 1) + s.meetingDay * 86_400_000);
      return s.offices.map((officeId) => ({
        ...template,
        id: `test-${++serial}`,
        officeId,
        municipalityId: municipality.id,
        municipality: { code: municipality.code },
        decision: s.decision,
        effectiveFromYear: s.from,
        effectiveToYear: s.span === null ? null : Math.min(lastYear, s.from + s.span),
        meetingDate,
        recordedAt: new Date(Date.UTC(2026, 0, 1) + serial * 1000),
        correctsId: s.correction
          ? (all.findLast((d) => d.officeId === officeId && d.municipality.code === s.code)?.id ?? null)
          : null,
      }));
    };

    fc.assert(
      fc.property(fc.array(save, { minLength: 1, maxLength: 6 }), (saves) => {
        let view = buildAgreementView(rows);
        let all = rows.decisions;
        for (const s of saves) {
          const added = decisionsOf(s, all);
          all = [...all, ...added];
          view = viewWithDecisions(view, rows.agreement, added);
          const whole = buildAgreementView({ ...rows, decisions: all });
          expect(view.input).toEqual(whole.input);
          expect(view.allocations).toEqual(whole.allocations);
          expect(view.decisions).toEqual(whole.decisions);
        }
      }),
      { numRuns: 60 },
    );
  });
});
