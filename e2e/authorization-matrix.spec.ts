import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { ACTIONS, PERSONAS, PERSONA_USERS, ROUTES, SELF_ACTIONS, type Ctx, type Persona } from "./access-table";
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

test("the authorization table covers every route and action, and nobody gets past it", async ({
  browser,
  playwright,
}) => {
  test.setTimeout(240_000);
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
  const officeIds = ["we-build-denmark", "clean", "food-bio-cluster", "life-science-cluster"].map((slug) =>
    idOf("ClusterOffice", "slug = ?", slug),
  );
  const foodBio = officeIds[2]!;
  const versions = () =>
    Object.fromEntries(
      officeIds.map((id) => [
        id,
        countRows(
          'SELECT version AS n FROM "Participation" p JOIN "Municipality" m ON m.id = p."municipalityId" WHERE m.code = ? AND p."officeId" = ?',
          "0350",
          id,
        ),
      ]),
    );
  const pdf = (name: string) => ({ name, mimeType: "application/pdf", buffer: Buffer.from(`%PDF-1.4\n${name}\n`) });

  // 2. Resources to protect, created through the actions by their rightful owners.
  const decision = await callAction(as.contactIn, {
    page: "/kommuner/0350/beslutninger/ny",
    name: "submitDecision",
    args: ["0350", { status: "idle" }],
    fields: {
      intent: "save",
      officeIds,
      decision: "YES",
      effectiveFromYear: "2021",
      councilBody: "Byrådet",
      meetingDate: "2021-03-04",
      caseReference: "Punkt 3",
      minutes: pdf("lejre-referat.pdf"),
      ...Object.fromEntries(officeIds.map((id) => [`version:${id}`, "0"])),
    },
  });
  expect(decision.text).toContain('"status":"saved"');
  const submitted = await callAction(as.officeIn, {
    page: `/klyngekontorer/${foodBio}/evalueringer/2021`,
    name: "submitEvaluationAction",
    args: [foodBio, 2021, { ok: false }],
    fields: {
      companiesEngaged: "40",
      smesEngaged: "30",
      eventsHeld: "5",
      eventParticipants: "200",
      collaborationProjects: "2",
      externalFundingKr: "150000",
      summary: "Evaluering 2021",
      version: "0",
      report: pdf("foodbio-evaluering-2021.pdf"),
    },
  });
  expect(submitted.text).toContain('"ok":true');

  const ctx: Ctx = {
    code: "0350",
    officeId: foodBio,
    year: 2021,
    officeIds,
    versions: versions(),
    reportVersion: 1,
    minutesId: idOf("Attachment", '"fileName" = ?', "lejre-referat.pdf"),
    evaluationFileId: idOf("Attachment", '"fileName" = ?', "foodbio-evaluering-2021.pdf"),
    reportId: idOf("EvaluationReport", '"officeId" = ? AND year = 2021', foodBio),
    agreementId: idOf("Agreement", "1 = 1"),
    lifeScienceId: officeIds[3]!,
    cleanId: officeIds[1]!,
    leadIds: [
      idOf("OfficeLead", '"officeId" = ? ORDER BY id LIMIT 1', officeIds[3]),
      idOf("OfficeLead", '"officeId" = ? ORDER BY id DESC LIMIT 1', officeIds[3]),
    ],
    otherUserId: idOf("User", "email = ?", "roskilde@demo.klyngeportalen.dk"),
  };

  const leaks: string[] = [];
  let checks = 0;
  // 3. Actions: the others send VALID input with this scope's ids — refused, nothing stored. The allowed send
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
      const refusedInDanish = result.status === 200 && /"(ok":false|status":"invalid")/.test(result.text);
      // Anonymous: the action answers with a redirect to the sign-in page (x-action-redirect), running nothing.
      const denied =
        result.status === 404 ||
        (persona === "anonymous" && result.redirect.startsWith("/login") && !/"ok":|"status":/.test(result.text));
      if (allowed ? !refusedInDanish : !denied) leaks.push(`${action.name} as ${persona}: ${result.status}`);
      if (fingerprint() !== before) leaks.push(`${action.name} as ${persona}: something was stored`);
    }
  }

  // The secretariat approves, so that co-financing municipalities may read the evaluation.
  await callAction(as.secretariat, {
    page: `/klyngekontorer/${foodBio}/evalueringer/2021`,
    name: "reviewEvaluationAction",
    args: [ctx.reportId, { ok: false }],
    fields: { outcome: "APPROVED", version: "1" },
  });
  expect(
    countRows(`SELECT COUNT(*) AS n FROM "EvaluationReport" WHERE id = ? AND status = 'APPROVED'`, ctx.reportId),
  ).toBe(1);

  // 4. Pages and route handlers.
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
    }
  }
  // 5. Sign-out ends only the caller's own session and stores nothing but its audit event.
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
    `Authorization matrix: ${ROUTES.length} routes + ${ACTIONS.length + SELF_ACTIONS.length} actions × ${PERSONAS.length} personas = ${checks} checks, ${leaks.length} leaks`,
  );
  expect(leaks).toEqual([]);
});
