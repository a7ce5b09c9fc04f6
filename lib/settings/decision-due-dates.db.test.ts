/**
 * The decision deadlines: the period's, and an office's own, which wins for that office — in the follow-up page (with
 * "overskredet" once it has passed and decisions are missing) and in the reminders, which read the same rule.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { Refusal } from "../actions/refusal";
import { decisionDueDatesSchema } from "./settings-schemas";
import { setDecisionDueDate } from "./set-decision-due-date";
import { loadFollowUp } from "../secretariat/load-follow-up";
import { pastDeadlineQuestion } from "./past-deadlines";

let t: TestDatabase;
let agreementId: string;
let actor: { id: string };
let offices: { id: string; name: string }[];
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

beforeAll(async () => {
  t = await createTestDatabase();
  const agreement = await t.db.agreement.findFirstOrThrow({ include: { offices: { orderBy: { position: "asc" } } } });
  agreementId = agreement.id;
  offices = agreement.offices.map((o) => ({ id: o.id, name: o.name }));
  actor = await t.db.user.findFirstOrThrow({ where: { role: "SECRETARIAT" } });
});
afterAll(async () => {
  await t.drop();
});

const followUp = async (today: string) => {
  const loaded = await loadFollowUp({ db: t.db, agreementId, year: "2021", today: day(today) });
  return Object.fromEntries(
    loaded!.offices.map((o) => [
      o.name,
      { due: o.dueDate?.toISOString().slice(0, 10), own: o.ownDueDate, overdue: o.overdue },
    ]),
  );
};

describe("decision deadlines per period and per office", () => {
  it("an office's own deadline wins over the period's, and is shown as its own", async () => {
    await setDecisionDueDate({
      db: t.db,
      actor,
      agreementId,
      dueDate: day("2021-06-30"),
      offices: [{ id: offices[0]!.id, dueDate: day("2021-09-30") }],
    });
    const shown = await followUp("2021-07-15");
    expect(shown[offices[0]!.name]).toEqual({ due: "2021-09-30", own: true, overdue: false });
    // The period's deadline has passed (15 July after 30 June) and nobody has decided: overdue.
    expect(shown[offices[1]!.name]).toEqual({ due: "2021-06-30", own: false, overdue: true });
    // On the day of the deadline it is not yet overdue.
    expect((await followUp("2021-06-30"))[offices[1]!.name]!.overdue).toBe(false);
  });

  it("an office's own deadline taken away: the period's applies again; offices not named keep theirs", async () => {
    await setDecisionDueDate({
      db: t.db,
      actor,
      agreementId,
      dueDate: day("2021-05-31"),
      offices: [{ id: offices[1]!.id, dueDate: day("2021-10-31") }],
    });
    let shown = await followUp("2021-07-15");
    expect(shown[offices[0]!.name]!.due).toBe("2021-09-30");
    expect(shown[offices[1]!.name]!.due).toBe("2021-10-31");
    expect(shown[offices[2]!.name]).toEqual({ due: "2021-05-31", own: false, overdue: true });
    await setDecisionDueDate({
      db: t.db,
      actor,
      agreementId,
      dueDate: day("2021-05-31"),
      offices: [{ id: offices[0]!.id, dueDate: null }],
    });
    shown = await followUp("2021-07-15");
    expect(shown[offices[0]!.name]).toEqual({ due: "2021-05-31", own: false, overdue: true });
    // The audit says which office's deadline changed, from what to what.
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { action: "settings.decision_due_date" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    expect(JSON.parse(String(audit.before)).offices).toEqual({ [offices[0]!.name]: "2021-09-30T00:00:00.000Z" });
    expect(JSON.parse(String(audit.after)).offices).toEqual({ [offices[0]!.name]: null });
  });

  it("a period without a deadline of its own: offices without theirs have none, and are not overdue", async () => {
    await setDecisionDueDate({ db: t.db, actor, agreementId, dueDate: null });
    const shown = await followUp("2021-07-15");
    expect(shown[offices[1]!.name]).toEqual({ due: "2021-10-31", own: true, overdue: false });
    expect(shown[offices[2]!.name]).toEqual({ due: undefined, own: false, overdue: false });
  });

  it("a deadline moved to a day that has passed is asked about first, saying how many would be told", async () => {
    const ask = (dueDate: string | null, own: { id: string; dueDate: Date | null }[], today: string) =>
      pastDeadlineQuestion({
        db: t.db,
        agreementId,
        dueDate: dueDate ? day(dueDate) : null,
        offices: own,
        today: day(today),
      });
    // Nobody has decided in this database: every non-lead municipality of the three offices would be told — all 17,
    // as each lead of one office is a non-lead of the others; counted once each.
    expect(await ask("2021-08-31", [], "2021-09-15")).toBe(
      `Fristen 31. august 2021 (${offices[0]!.name}, ${offices[2]!.name}, ${offices[3]!.name}) er allerede ` +
        "overskredet. 17 kommuner mangler at beslutte sig og får en mail om, at fristen er overskredet, ved næste " +
        "udsendelse. Sæt kryds, hvis det er meningen, og gem igen.",
    );
    // A day still to come, an unchanged deadline, or none: nothing to ask.
    expect(await ask("2021-09-30", [], "2021-09-15")).toBeNull();
    expect(await ask(null, [{ id: offices[1]!.id, dueDate: day("2021-10-31") }], "2021-11-15")).toBeNull();
    expect(await ask(null, [], "2021-09-15")).toBeNull();
  });

  it("an office of another period is refused, and nothing is saved", async () => {
    const before = await t.db.agreement.findUniqueOrThrow({ where: { id: agreementId } });
    await expect(
      setDecisionDueDate({
        db: t.db,
        actor,
        agreementId,
        dueDate: day("2021-01-31"),
        offices: [{ id: "not-an-office", dueDate: day("2021-02-28") }],
      }),
    ).rejects.toThrow(Refusal);
    const after = await t.db.agreement.findUniqueOrThrow({ where: { id: agreementId } });
    expect(after.decisionDueDate).toEqual(before.decisionDueDate);
    expect(after.dataVersion).toBe(before.dataVersion);
  });

  it("the form's schema: an own deadline is optional, but a real day near the period, in Danish", () => {
    const schema = decisionDueDatesSchema({ firstYear: 2021, lastYear: 2024 }, ["a", "b"]);
    const parsed = schema.safeParse({
      dueDate: "2021-06-30",
      "office.0.id": "a",
      "office.0.dueDate": "",
      "office.1.id": "b",
      "office.1.dueDate": " 2021-09-30 ",
    });
    expect(parsed.success && parsed.data.office).toEqual([
      { id: "a", dueDate: null },
      { id: "b", dueDate: day("2021-09-30") },
    ]);
    // The period's own deadline may be left empty too: then only offices with their own have one.
    const noPeriodDeadline = schema.safeParse({ dueDate: "", "office.0.id": "a", "office.0.dueDate": "2021-09-30" });
    expect(noPeriodDeadline.success && noPeriodDeadline.data.dueDate).toBeNull();
    const refused = (values: Record<string, string>) => {
      const result = schema.safeParse({ dueDate: "2021-06-30", ...values });
      return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
    };
    expect(refused({ "office.0.id": "a", "office.0.dueDate": "2021-02-30" })).toEqual([
      ["office.0.dueDate", "Fristen er ikke en gyldig dato."],
    ]);
    expect(refused({ "office.0.id": "a", "office.0.dueDate": "2099-01-01" })).toEqual([
      ["office.0.dueDate", "Fristen skal ligge mellem 1. januar 2019 og 31. december 2026."],
    ]);
    expect(refused({ "office.0.id": "c", "office.0.dueDate": "" })).toEqual([
      ["office.0.id", "Kontoret findes ikke i perioden."],
    ]);
    expect(refused({ "office.0.id": "a", "office.1.id": "a" })).toEqual([["office", "Et kontor står to gange."]]);
  });
});
