/**
 * Bad input that used to crash or slip through (issue 14, finding 7), checked at the schemas the forms and the
 * actions share. The URL side (…/evalueringer/abc, 2021.5, ?aar=abc) is in e2e/access-table.ts (FORGED_URLS) and
 * lib/shares/pick-year.test.ts.
 */
import { describe, expect, it } from "vitest";
import { isoDate } from "./fields";
import { decisionSchema } from "../decisions/decision-schema";
import { evaluationSchema, MAX_KEY_FIGURE } from "../evaluations/evaluation-schema";
import { yearParam } from "./route-params";
import { dueDateSchema } from "../settings/settings-schemas";
import { populationUploadSchema } from "../population/population-upload-schema";
import { unstorableTextErrors } from "./form-values";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => issue.message);

describe("bad input", () => {
  it("invisible characters are refused: NUL, and the direction overrides that turn the rest of a line around", () => {
    const refused = "Feltet indeholder usynlige tegn, der ikke kan gemmes. Skriv teksten igen.";
    // U+202E (right-to-left override) was stored, and reversed the rest of the history line it was shown in.
    for (const text of ["a\u0000b", "Begrundelse \u202Eevil", "\u202Aa", "\u2066isoleret\u2069", "\uD800"])
      expect(unstorableTextErrors({ reason: text }), JSON.stringify(text)).toEqual({ reason: refused });
    // Ordinary Danish, line breaks, tabs, emoji and a zero-width joiner inside one are kept.
    for (const text of ["Æbleø og Århus", "to\nlinjer\tog tab", "Klynge 👩‍💻"])
      expect(unstorableTextErrors({ reason: text }), JSON.stringify(text)).toEqual({});
  });

  it("an impossible date is refused, never rolled over (2026-02-31 was stored as 3 March)", () => {
    expect(messages(isoDate("fristen").safeParse("2026-02-31"))).toEqual(["Fristen er ikke en gyldig dato."]);
    expect(messages(isoDate("fristen").safeParse("2024-02-29"))).toEqual([]);
  });

  it("an empty date is asked for, not called wrongly written", () => {
    for (const empty of ["", "   "]) expect(messages(isoDate("fristen").safeParse(empty))).toEqual(["Skriv fristen."]);
    expect(messages(isoDate("fristen").safeParse("26/11/2026"))).toContain("Skriv fristen som dato.");
  });

  it("the same office twice in one decision is refused (it created two rows)", () => {
    const schema = decisionSchema({ firstYear: 2021, lastYear: 2024, today: "2025-02-20" });
    const decision = {
      decision: "YES",
      effectiveFromYear: "2021",
      councilBody: "Byrådet",
      meetingDate: "2021-03-01",
      caseReference: "Punkt 1",
    };
    expect(messages(schema.safeParse({ ...decision, officeIds: ["a", "a"] }))).toEqual([
      "Det samme klyngekontor er valgt to gange.",
    ]);
    expect(messages(schema.safeParse({ ...decision, officeIds: ["a", "b"] }))).toEqual([]);
  });

  it("key figures stop at 2.000.000.000 (the PostgreSQL column is a 32-bit integer; 10¹² was accepted)", () => {
    const kpis = {
      companiesEngaged: "10",
      smesEngaged: "5",
      eventsHeld: "1",
      eventParticipants: "1",
      collaborationProjects: "1",
      summary: "Kort",
    };
    expect(MAX_KEY_FIGURE).toBeLessThanOrEqual(2 ** 31 - 1);
    expect(evaluationSchema.safeParse({ ...kpis, externalFundingKr: "2.000.000.000" }).success).toBe(true);
    expect(messages(evaluationSchema.safeParse({ ...kpis, externalFundingKr: "1000000000000" }))).toEqual([
      "«Tiltrukket ekstern finansiering (kr.)» må højst være 2.000.000.000.",
    ]);
  });

  it("a due date lies near its period: 1899 and 2099 are refused for 2021–2024, saying between which days", () => {
    const schema = dueDateSchema({ firstYear: 2021, lastYear: 2024 });
    for (const ok of ["2019-01-01", "2021-06-30", "2026-12-31"])
      expect(schema.safeParse({ dueDate: ok }).success).toBe(true);
    for (const bad of ["1899-01-01", "2018-12-31", "2027-01-01", "2099-12-31"]) {
      expect(messages(schema.safeParse({ dueDate: bad }))).toEqual([
        "Fristen skal ligge mellem 1. januar 2019 og 31. december 2026.",
      ]);
    }
  });

  it("population figures cannot count a day that has not come", async () => {
    const file = new File(["kode;indbyggere\n0320;36713\n"], "tal.csv");
    const at = async (basisDate: string) =>
      messages(await populationUploadSchema.safeParseAsync({ basisDate, file })).filter((m) => m.includes("Datoen"));
    expect(await at("2099-07-15")).toEqual(["Datoen kan ikke ligge i fremtiden."]);
    expect(await at("2025-01-01")).toEqual([]);
  });

  it("a year in a URL is four digits or not found ('2021.5' rendered as «Evaluering 2021.5»)", () => {
    expect(yearParam.safeParse("2021").success).toBe(true);
    for (const bad of ["2021.5", "abc", "02021", "1e3"]) expect(yearParam.safeParse(bad).success).toBe(false);
  });
});
