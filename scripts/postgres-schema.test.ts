import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { SOURCE, TARGET, toPostgresSchema } from "./postgres-schema";

describe("prisma/postgres/schema.prisma", () => {
  it("is exactly what prisma/schema.prisma generates (run `npm run db:schema:postgres` after editing the schema)", () => {
    expect(fs.readFileSync(TARGET, "utf8")).toBe(toPostgresSchema(fs.readFileSync(SOURCE, "utf8")));
  });
  it("differs from the source only in provider and client output", () => {
    const generated = toPostgresSchema(fs.readFileSync(SOURCE, "utf8"));
    expect(generated).toContain('provider = "postgresql"');
    expect(generated).not.toContain('"sqlite"');
  });
});
