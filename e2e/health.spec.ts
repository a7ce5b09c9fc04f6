import fs from "node:fs";
import { expect, test } from "./fixtures";

const newestMigration = fs
  .readdirSync("prisma/migrations", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .at(-1);

test("GET /api/health answers the production build without a session: ok, the migration, never cached", async ({
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get("/api/health", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", migration: newestMigration });
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  // The proxy passes it through (its headers only): no redirect, no cookie.
  expect(response.headers()["set-cookie"]).toBeUndefined();
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  await anonymous.dispose();
});
