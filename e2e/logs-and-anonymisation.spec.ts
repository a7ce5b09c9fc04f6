/**
 * Issue 18, parts 3 and 4, as an operator and an administrator meet them:
 * - a server action that fails shows the user an error id, and the server's log holds exactly one JSON line with
 *   that id — and the request's own line, joined to it by the request id, names the user by id only;
 * - an administrator anonymises a deactivated user once the waiting period (ANONYMISE_AFTER_DAYS, 365) has passed,
 *   after a question; the audit trail stays on the same user id, under the pseudonym.
 * The failure is provoked the way real ones happen (the database refuses a write), and put back afterwards; the
 * waiting period is passed by moving the deactivation back in time, which no user can do.
 */
import fs from "node:fs";
import { expect, expectAccessible, signIn, tabTo, test } from "./fixtures";
import { callAction } from "./server-actions";
import { execute, idOf, onPostgres, queryRows } from "./db";

const SERVER_LOG = "test-reports/e2e-server.log";
type LogLine = Record<string, unknown> & { event?: string; level?: string; requestId?: string; errorId?: string };

function linesSince(start: number): LogLine[] {
  return fs
    .readFileSync(SERVER_LOG)
    .subarray(start)
    .toString("utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as LogLine);
}

const FAIL_USER_UPDATES = onPostgres
  ? `CREATE FUNCTION e2e_refuse_user_update() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'e2e: the database refuses'; END $$ LANGUAGE plpgsql;
     CREATE TRIGGER e2e_refuse_user_update BEFORE UPDATE ON "User"
       FOR EACH ROW EXECUTE FUNCTION e2e_refuse_user_update();`
  : `CREATE TRIGGER e2e_refuse_user_update BEFORE UPDATE ON "User"
       BEGIN SELECT RAISE(ABORT, 'e2e: the database refuses'); END;`;
const ALLOW_USER_UPDATES = onPostgres
  ? `DROP TRIGGER e2e_refuse_user_update ON "User"; DROP FUNCTION e2e_refuse_user_update();`
  : `DROP TRIGGER e2e_refuse_user_update;`;

test("a failing server action: the error id the user sees is in exactly one JSON log line", async ({ page }) => {
  await signIn(page, "sekretariat");
  await page.goto("/sekretariat/brugere");
  const row = page.getByTestId("user-row").filter({ hasText: "stevns@demo.klyngeportalen.dk" });
  await row.getByRole("button", { name: "Deaktivér …" }).click();
  const logStart = fs.statSync(SERVER_LOG).size;
  execute(FAIL_USER_UPDATES);
  try {
    await row.getByRole("button", { name: "Ja, deaktivér Kontaktperson, Stevns Kommune" }).click();
    const error = row.getByTestId("form-error");
    await expect(error).toContainText("Der opstod en uventet fejl, og intet er gemt.");
    await expect(error).not.toContainText(/e2e: the database refuses|Error|prisma/i);
    const errorId = (await row.getByTestId("error-id").textContent())!.trim();
    expect(errorId).toMatch(/^[A-Z2-9]{8}$/);
    await expect(row).toContainText("Aktiv");

    const secretariatId = idOf("User", "email = ?", "sekretariat@demo.klyngeportalen.dk");
    await expect.poll(() => linesSince(logStart).filter((line) => line.event === "request").length).toBeGreaterThan(0);
    const lines = linesSince(logStart);
    const failures = lines.filter((line) => JSON.stringify(line).includes(errorId));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      level: "error",
      event: "action.failed",
      action: "setUserActiveAction",
      errorId,
      userId: secretariatId,
      route: "/sekretariat/brugere",
    });
    expect(failures[0]!.requestId).toBeTruthy();
    // The request's own line: same request id, the user by id, how long it took — and no one's name or e-mail.
    const request = lines.find((line) => line.event === "request" && line.requestId === failures[0]!.requestId);
    expect(request).toMatchObject({
      level: "info",
      method: "POST",
      route: "/sekretariat/brugere",
      status: 200,
      userId: secretariatId,
      action: "setUserActiveAction",
    });
    expect(request!.durationMs).toEqual(expect.any(Number));
    const mine = lines.filter((line) => line.requestId === failures[0]!.requestId);
    expect(JSON.stringify(mine)).not.toMatch(/@demo\.klyngeportalen\.dk|Stevns Kommune|Sekretariatet|Klynge-2026/);
  } finally {
    execute(ALLOW_USER_UPDATES);
  }
});

test("every answer carries its request id, and a proxy's own id is kept", async ({ request }) => {
  const own = await request.get("/login");
  expect(own.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const logStart = fs.statSync(SERVER_LOG).size;
  const kept = await request.get("/login?email=someone@example.dk", {
    headers: { "X-Request-Id": "lb-0001-e2e-4711" },
  });
  expect(kept.headers()["x-request-id"]).toBe("lb-0001-e2e-4711");
  await expect
    .poll(() => linesSince(logStart).find((line) => line.requestId === "lb-0001-e2e-4711"))
    .toMatchObject({
      event: "request",
      route: "/login",
      status: 200,
    });
  expect(JSON.stringify(linesSince(logStart))).not.toContain("someone@example.dk");
});

test("an administrator anonymises a deactivated user after the waiting period; the audit stays on the same id", async ({
  page,
}) => {
  const email = "tidligere.kontakt@lejre.dk";
  const name = "Tidligere Kontaktperson";
  await signIn(page, "admin");
  const created = await callAction(page.request, {
    page: "/sekretariat/brugere",
    name: "createUserAction",
    args: ["1085"],
    fields: {
      name,
      email,
      role: "MUNICIPAL_CONTACT",
      municipalityId: idOf("Municipality", "code = ?", "0350"),
      password: "en-meget-lang-adgangskode",
    },
  });
  expect(created.outcome).toBe("done");
  const userId = idOf("User", "email = ?", email);

  await page.goto("/sekretariat/brugere?kkr=1085");
  const row = page.getByTestId("user-row").filter({ has: page.getByRole("rowheader", { name }) });
  await row.getByRole("button", { name: "Deaktivér …" }).click();
  await row.getByRole("button", { name: `Ja, deaktivér ${name}` }).click();
  await expect(row.getByTestId("notice")).toHaveText("Brugeren er deaktiveret.");
  // Not before the waiting period: the day it becomes possible, in Danish.
  const inAYear = new Intl.DateTimeFormat("da-DK", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Copenhagen",
  }).format(new Date(Date.now() + 365 * 24 * 60 * 60 * 1000));
  await page.reload();
  await expect(row).toContainText(`Kan anonymiseres fra ${inAYear}.`);
  await expect(row.getByRole("button", { name: "Anonymisér …" })).toHaveCount(0);

  execute(
    onPostgres
      ? `UPDATE "User" SET "deactivatedAt" = now() - interval '400 days' WHERE id = '${userId}'`
      : `UPDATE "User" SET "deactivatedAt" = strftime('%Y-%m-%dT%H:%M:%S.000+00:00', 'now', '-400 days')
         WHERE id = '${userId}'`,
  );
  await page.reload();
  const open = row.getByRole("button", { name: "Anonymisér …" });
  await tabTo(page, open, 300);
  await page.keyboard.press("Enter");
  const question = row.getByTestId("anonymise-confirmation");
  await expect(question).toBeFocused();
  await expect(question).toContainText("Det kan ikke gøres om.");
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(open).toBeFocused();
  await expect(row).toContainText(email);

  await open.click();
  await row.getByRole("button", { name: `Ja, anonymisér ${name}` }).click();
  // The row now bears the pseudonym: the answer stays in it.
  const answer = page.getByTestId("notice").filter({ hasText: "anonymiseret" });
  await expect(answer).toHaveText(/^Brugeren er anonymiseret og hedder nu «Anonymiseret bruger [A-Z2-9]{8}»\.$/);
  const pseudonym = /«(.+)»/.exec((await answer.textContent())!)![1]!;
  const anonymised = page.getByTestId("user-row").filter({ has: page.getByRole("rowheader", { name: pseudonym }) });
  await expect(anonymised).toContainText("Anonymiseret");
  await expect(anonymised.getByRole("button")).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText(email);
  await expect(page.locator("main")).not.toContainText(name);

  // The trail: the same rows on the same id, under the pseudonym; the anonymisation itself by the administrator.
  const trail = queryRows<{ action: string; actorId: string | null; after: string | null }>(
    'SELECT action, "actorId", after FROM "AuditEvent" WHERE "entityType" = ? AND "entityId" = ? ORDER BY "createdAt"',
    "User",
    userId,
  );
  expect(trail.map((row) => row.action)).toEqual(["user.created", "user.deactivated", "user.anonymised"]);
  const adminId = idOf("User", "email = ?", "admin@demo.klyngeportalen.dk");
  expect(trail.every((row) => row.actorId === adminId)).toBe(true);
  expect(JSON.parse(trail[0]!.after!)).toMatchObject({ name: pseudonym, role: "MUNICIPAL_CONTACT" });
  expect(JSON.stringify(trail)).not.toMatch(/Tidligere|tidligere\.kontakt/);
});
