import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";

const root = path.resolve(__dirname, "../..");

describe("committed migrations", () => {
  it("produce exactly the schema (no change waiting to be migrated) on this provider", () => {
    const postgres = !!inject("postgresAdminUrl");
    const schema = postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma";
    const migrations = postgres ? "prisma/postgres/migrations" : "prisma/migrations";
    const env = {
      ...process.env,
      DATABASE_URL: postgres ? inject("postgresAdminUrl") : "file:./data/migration-check.db",
    };
    // --exit-code: 0 = no difference, 2 = difference (execFileSync throws on non-zero).
    const output = execFileSync(
      "npx",
      ["prisma", "migrate", "diff", "--from-migrations", migrations, "--to-schema-datamodel", schema, "--exit-code"],
      { cwd: root, env, encoding: "utf8", stdio: "pipe" },
    );
    expect(output).toContain("No difference detected");
  });
});
