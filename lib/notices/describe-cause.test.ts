/** The cause of a share change in the mails (lib/notices/queue-share-change-notices.ts), as the recipients read it. */
import { describe, expect, it } from "vitest";
import { describeCause } from "./queue-share-change-notices";

const decision = (o: { correction?: boolean; backdated?: boolean } = {}) =>
  describeCause(
    {
      kind: "DECISION",
      at: new Date(),
      actorId: null,
      decisionIdFor: () => "d",
      decidedBy: { id: "m", code: "0320", name: "Faxe" },
      decision: "NO",
      effectiveFromYear: 2021,
      effectiveToYear: null,
      meetingDate: new Date("2021-03-01T00:00:00Z"),
      correction: o.correction ?? false,
      backdated: o.backdated,
    } as Parameters<typeof describeCause>[0],
    ["We Build Denmark"],
  ).sentence;

describe("the cause of a share change", () => {
  it("says whose decision it is without saying who typed it, and a correction only when it replaces one", () => {
    expect(decision()).toBe(
      "Årsag: Faxe Kommunes beslutning er registreret: «Nej» til We Build Denmark fra 2021 (møde 1. marts 2021).",
    );
    // Backdated by the secretariat, replacing nothing: it corrected nothing (the mails said it did).
    expect(decision({ backdated: true })).toMatch(/\(møde 1\. marts 2021\), med tilbagevirkende kraft\.$/);
    expect(decision({ correction: true })).toMatch(/, som retter en tidligere registrering\.$/);
  });
});
