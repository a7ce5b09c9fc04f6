import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import {
  ACTIONS,
  FORGED_URLS,
  PERSONAS,
  PERSONA_USERS,
  ROUTES,
  SELF_ACTIONS,
  type Ctx,
  type Persona,
} from "./access-table";
import { builtActions, callAction } from "./server-actions";
import { fingerprint, idOf, countRows } from "./db";
import { BASE_URL } from "../playwright.config";

/** Every page and route handler under app/, as a route pattern. */
function appRoutes(): string[] {
  return fs
    .readdirSync("app", { recursive: true })
    .map(String)
    .filter((file) => /(^|\/)(page\.tsx|route\.ts)$/.test(file))
    .map((file) => "/" + path.dirname(file).replace(/^\.$/, ""))
    .map((route) => (route === "/" ? "/" : route.replace(/\/$/, "")));
}

async function sessions(
  browser: Browser,
  playwright: { request: { newContext(o: { baseURL: string }): Promise<APIRequestContext> } },
) {
  const result = {} as Record<Persona, APIRequestContext>;
  result.anonymous = await playwright.request.newContext({ baseURL: BASE_URL });
  for (const persona of PERSONAS.filter((p) => p !== "anonymous")) {
    const context = await browser.newContext({ baseURL: BASE_URL });
    await signIn(await context.newPage(), PERSONA_USERS[persona as Exclude<Persona, "anonymous">]);
    result[persona] = context.request;
  }
  return result;
}

const OFFICE_SLUGS = ["we-build-denmark", "clean", "food-bio-cluster", "life-science-cluster"];
const pdf = (name: string) => ({ name, mimeType: "application/pdf", buffer: Buffer.from(`%PDF-1.4\n${name}\n`) });
const version = (code: string, officeId: string) =>
  countRows(
    'SELECT version AS n FROM "Participation" p JOIN "Municipality" m ON m.id = p."municipalityId" ' +
      'WHERE m.code = ? AND p."officeId" = ?',
    code,
    officeId,
  );
const kpis = (summary: string) => ({
  companiesEngaged: "40",
  smesEngaged: "30",
  eventsHeld: "5",
  eventParticipants: "200",
  collaborationProjects: "2",
  externalFundingKr: "150000",
  summary,
});

test("the authorization table covers every route and action, and nobody gets past it", async ({
  browser,
  playwright,
}) => {
  test.setTimeout(300_000);
  // 1. Completeness: a route or action that is not in the table fails the test.
  const listed = new Set(ROUTES.map((r) => r.pattern));
  expect(
    appRoutes().filter((r) => !listed.has(r)),
    "routes missing from e2e/access-table.ts",
  ).toEqual([]);
  expect(
    builtActions()
      .map((a) => a.name)
      .filter((n) => !ACTIONS.some((a) => a.name === n) && !SELF_ACTIONS.includes(n)),
    "actions missing from e2e/access-table.ts",
  ).toEqual([]);

  const as = await sessions(browser, playwright);
  const officeIds = OFFICE_SLUGS.map((slug) => idOf("ClusterOffice", "slug = ?", slug));
  const [, cleanId, foodBio, lifeScience] = officeIds as [string, string, string, string];

  // 2. Resources to protect, created through the actions by their rightful owners.
  const decide = async (
    persona: Persona,
    code: string,
    decision: "YES" | "NO",
    offices: string[],
    file: string,
    meetingDate = "2021-03-04",
  ) => {
    const result = await callAction(as[persona], {
      page: `/kommuner/${code}/beslutninger/ny`,
      name: "submitDecision",
      args: [code, idOf("Agreement", '"regionId" = (SELECT id FROM "Region" WHERE code = ?)', "1085")],
      fields: {
        intent: "save",
        officeIds: offices,
        decision,
        effectiveFromYear: "2021",
        councilBody: "Byrådet",
        meetingDate,
        caseReference: "Punkt 3",
        minutes: pdf(file),
        ...Object.fromEntries(offices.map((id) => [`version:${id}`, String(version(code, id))])),
      },
    });
    expect(result.outcome, result.text.slice(0, 300)).toBe("done");
  };
  await decide("contactIn", "0350", "YES", officeIds, "lejre-referat.pdf");
  await decide("contactOut", "0269", "YES", [cleanId], "solroed-referat.pdf"); // Solrød stays pending for Food & Bio
  await decide("contactNo", "0316", "NO", [foodBio], "holbaek-referat.pdf");
  for (const [persona, officeId, file] of [
    ["officeIn", foodBio, "foodbio-evaluering-2021.pdf"],
    ["officeOut", lifeScience, "lifescience-evaluering-2021.pdf"],
  ] as const) {
    const submitted = await callAction(as[persona], {
      page: `/klyngekontorer/${officeId}/evalueringer/2021`,
      name: "submitEvaluationAction",
      args: [officeId, 2021],
      fields: { ...kpis(`Evaluering 2021 ${file}`), version: "0", report: pdf(file) },
    });
    expect(submitted.outcome, submitted.text.slice(0, 300)).toBe("done");
  }

  const ctx: Ctx = {
    code: "0350",
    officeId: foodBio,
    year: 2021,
    officeIds,
    versions: Object.fromEntries(officeIds.map((id) => [id, version("0350", id)])),
    reportVersion: 1,
    minutesId: idOf("Attachment", '"fileName" = ?', "lejre-referat.pdf"),
    otherMinutesId: idOf("Attachment", '"fileName" = ?', "solroed-referat.pdf"),
    evaluationFileId: idOf("Attachment", '"fileName" = ?', "foodbio-evaluering-2021.pdf"),
    otherEvaluationFileId: idOf("Attachment", '"fileName" = ?', "lifescience-evaluering-2021.pdf"),
    reportId: idOf("EvaluationReport", '"officeId" = ? AND year = 2021', foodBio),
    agreementId: idOf("Agreement", '"regionId" = (SELECT id FROM "Region" WHERE code = ?)', "1085"),
    lifeScienceId: lifeScience,
    cleanId,
    leadMunicipalityIds: ["0326", "0376"].map((code) => idOf("Municipality", "code = ?", code)),
    otherUserId: idOf("User", "email = ?", "roskilde@demo.klyngeportalen.dk"),
    adminUserId: idOf("User", "email = ?", "admin@demo.klyngeportalen.dk"),
    otherAgreementId: idOf("Agreement", '"regionId" = (SELECT id FROM "Region" WHERE code = ?)', "1084"),
    otherOfficeId: idOf("ClusterOffice", "slug = ?", "testklynge"),
    outboxMessageId: idOf("OutboxMessage", "1 = 1 ORDER BY id LIMIT 1"),
    outboxAttempts: 0,
  };

  const leaks: string[] = [];
  let checks = 0;
  // 3. Actions: the others send VALID input with this scope's ids — refused (404), nothing stored. The allowed send
  //    INVALID input — a Danish refusal, nothing stored (proving the call really reached the action).
  for (const action of ACTIONS) {
    for (const persona of PERSONAS) {
      checks++;
      const allowed = action.allowed.includes(persona);
      const before = fingerprint();
      const result = await callAction(as[persona], {
        page: action.page(ctx),
        name: action.name,
        args: action.args(ctx),
        fields: allowed ? action.invalid(ctx) : action.valid(ctx),
      });
      // Anonymous: the action answers with a redirect to the sign-in page (x-action-redirect), running nothing.
      const denied =
        result.status === 404 ||
        (persona === "anonymous" && result.redirect.startsWith("/login") && result.outcome === null);
      if (allowed ? result.outcome !== "refused" : !denied) {
        leaks.push(`${action.name} as ${persona}: ${result.status} ${result.outcome}`);
      }
      if (fingerprint() !== before) leaks.push(`${action.name} as ${persona}: something was stored`);
    }
    // Valid input that a rule inside the role refuses: a refusal, nothing stored.
    for (const rule of action.refusedWithinRole ?? []) {
      checks++;
      const before = fingerprint();
      const result = await callAction(as[rule.persona], {
        page: action.page(ctx),
        name: action.name,
        args: (rule.args ?? action.args)(ctx),
        fields: rule.fields(ctx),
      });
      // Refused by the rule, or not even found in the persona's scope: either way nothing happens.
      if (result.outcome !== "refused" && result.status !== 404) {
        leaks.push(`${action.name} (rule) as ${rule.persona}: ${result.status} ${result.outcome}`);
      }
      if (fingerprint() !== before) leaks.push(`${action.name} (rule) as ${rule.persona}: something was stored`);
    }
  }

  // The secretariat approves, so that co-financing municipalities may read the evaluation.
  await callAction(as.secretariat, {
    page: `/klyngekontorer/${foodBio}/evalueringer/2021`,
    name: "reviewEvaluationAction",
    args: [ctx.reportId],
    fields: { outcome: "APPROVED", version: "1" },
  });
  expect(
    countRows(`SELECT COUNT(*) AS n FROM "EvaluationReport" WHERE id = ? AND status = 'APPROVED'`, ctx.reportId),
  ).toBe(1);

  // 4. Pages and route handlers — and, where insiders see more, what the others are shown.
  for (const route of ROUTES) {
    for (const persona of PERSONAS) {
      checks++;
      const response = await as[persona].get(route.url(ctx), { maxRedirects: 0 });
      const status = response.status();
      const location = response.headers()["location"] ?? "";
      const allowed = route.allowed === "public" || route.allowed.includes(persona);
      const ok = allowed
        ? status === 200 || (status >= 300 && status < 400 && !location.includes("/login"))
        : status === 404 || (persona === "anonymous" && status >= 300 && status < 400 && location.includes("/login"));
      if (!ok) leaks.push(`${route.pattern} as ${persona}: ${status} ${location}`);
      if (allowed && status === 200 && route.withheld?.from.includes(persona)) {
        const html = await response.text();
        for (const text of route.withheld.texts) {
          if (html.includes(text)) leaks.push(`${route.pattern} as ${persona}: shows insider text «${text}»`);
        }
      }
    }
  }
  // 5. A child under the wrong parent, and malformed ids: not found for everyone.
  for (const forged of FORGED_URLS) {
    for (const persona of PERSONAS) {
      checks++;
      const response = await as[persona].get(forged.url(ctx), { maxRedirects: 0 });
      const status = response.status();
      const location = response.headers()["location"] ?? "";
      const ok =
        status === 404 || (persona === "anonymous" && status >= 300 && status < 400 && location.includes("/login"));
      if (!ok) leaks.push(`${forged.name} as ${persona}: ${status} ${location}`);
    }
  }
  // The later specs expect every council to take part: Holbæk's council changes its mind (a later meeting).
  await decide("contactNo", "0316", "YES", [foodBio], "holbaek-referat-2.pdf", "2021-06-01");

  // 6. Sign-out ends only the caller's own session and stores nothing but its audit event.
  for (const persona of PERSONAS) {
    checks++;
    const context = await browser.newContext({ baseURL: BASE_URL });
    if (persona !== "anonymous") await signIn(await context.newPage(), PERSONA_USERS[persona]);
    const before = fingerprint();
    const result = await callAction(context.request, { page: "/om", name: "signOutAction", args: [], fields: {} });
    const cookies = await context.cookies();
    if (!result.redirect.startsWith("/login") || cookies.some((c) => c.name.includes("session-token")))
      leaks.push(`signOutAction as ${persona}: ${result.status}`);
    if (fingerprint() !== before) leaks.push(`signOutAction as ${persona}: something was stored`);
    await context.close();
  }
  console.log(
    `Authorization matrix: ${ROUTES.length} routes + ${FORGED_URLS.length} forged URLs + ` +
      `${ACTIONS.length + SELF_ACTIONS.length} actions × ${PERSONAS.length} personas = ${checks} checks, ` +
      `${leaks.length} leaks`,
  );
  expect(leaks).toEqual([]);
});
