/**
 * An unexpected error (issue 14, finding 8): the Danish error page, inside the app's layout with the header, with
 * an error id that the server logged as one JSON line — so an operator finds it when a user quotes it. The error
 * is provoked the way real ones happen: data the page cannot work with (a municipality's population figure is
 * missing), put back afterwards.
 */
import fs from "node:fs";
import { expect, expectAccessible, signIn, tabTo, test } from "./fixtures";
import { execute, queryRows } from "./db";

const SERVER_LOG = "test-reports/e2e-server.log";

test("an unexpected error shows a Danish page with the header and an error id that the server logged", async ({
  page,
}) => {
  await signIn(page, "sekretariat");
  const { id } = queryRows<{ id: string }>(
    'SELECT p.id FROM "PopulationFigure" p JOIN "Municipality" m ON m.id = p."municipalityId" WHERE m.code = ?',
    "0320",
  )[0]!;
  const logStart = fs.statSync(SERVER_LOG).size;
  execute(
    `CREATE TABLE "e2e_population_backup" AS SELECT * FROM "PopulationFigure" WHERE id = '${id}';
     DELETE FROM "PopulationFigure" WHERE id = '${id}';
     UPDATE "Agreement" SET "dataVersion" = "dataVersion" + 1;`,
  );
  try {
    const response = await page.goto("/sekretariat");
    expect(response?.status()).toBe(500);
    await expect(page.getByRole("heading", { name: "Der opstod en fejl" })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText("Sekretariatet for KKR Sjælland");
    await expect(page.locator("body")).not.toContainText(/Missing population|Error:|at \w+ \(/);
    const errorId = (await page.getByTestId("error-id").textContent())!.trim();
    expect(errorId).toMatch(/^\w{6,}$/);

    const logged = fs
      .readFileSync(SERVER_LOG)
      .subarray(logStart)
      .toString("utf8")
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { event?: string; errorId?: string; level?: string; error?: unknown })
      .filter((entry) => entry.errorId === errorId);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: "error", event: "request.failed", errorId });

    await expectAccessible(page);
    await tabTo(page, page.getByRole("button", { name: "Prøv igen" }));
  } finally {
    execute(
      `INSERT INTO "PopulationFigure" SELECT * FROM "e2e_population_backup";
       DROP TABLE "e2e_population_backup";
       UPDATE "Agreement" SET "dataVersion" = "dataVersion" + 1;`,
    );
  }
  await page.goto("/sekretariat");
  await expect(page.getByRole("heading", { name: "KKR Sjælland: overblik" })).toBeVisible();
});
