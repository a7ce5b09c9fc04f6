import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { DEMO_PASSWORD } from "../../prisma/seed/seed-database";
import { authenticate, SignInError } from "./authenticate";
import { MAX_PER_ACCOUNT } from "./rate-limit";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const faxe = "faxe@demo.klyngeportalen.dk";

describe("authenticate", () => {
  it("signs in a demo contact with role and municipality scope, and audits it", async () => {
    const user = await authenticate({
      db: t.db,
      credentials: { email: "  FAXE@demo.klyngeportalen.dk ", password: DEMO_PASSWORD },
      clientIp: "127.0.0.1",
    });
    const municipality = await t.db.municipality.findUniqueOrThrow({ where: { code: "0320" } });
    expect(user).toMatchObject({
      email: faxe,
      role: "MUNICIPAL_CONTACT",
      municipalityId: municipality.id,
      officeId: null,
    });
    expect(await t.db.auditEvent.count({ where: { action: "auth.sign_in", actorId: user!.id } })).toBe(1);
  });

  it("refuses a wrong password and an unknown e-mail alike, audits both, never stores or logs the password", async () => {
    const logged: unknown[] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args) => void logged.push(...args)),
    );
    expect(
      await authenticate({ db: t.db, credentials: { email: faxe, password: "forkert-kode" }, clientIp: "10.0.0.1" }),
    ).toBeNull();
    expect(
      await authenticate({
        db: t.db,
        credentials: { email: "ukendt@kommune.dk", password: "forkert-kode" },
        clientIp: "10.0.0.1",
      }),
    ).toBeNull();
    const failures = await t.db.auditEvent.findMany({ where: { action: "auth.sign_in_failed" } });
    expect(failures.map((f) => f.actorLabel).sort()).toEqual([faxe, "ukendt@kommune.dk"]);
    expect(JSON.stringify(failures)).not.toContain("forkert-kode");
    for (const spy of spies) spy.mockRestore();
    expect(JSON.stringify(logged)).not.toContain("forkert-kode");
  });

  it("refuses invalid input (empty, 10 kB) without touching the database", async () => {
    await expect(
      authenticate({ db: t.db, credentials: { email: "", password: "" }, clientIp: "10.0.0.2" }),
    ).rejects.toThrow(SignInError);
    await expect(
      authenticate({ db: t.db, credentials: { email: "x".repeat(10_000), password: "y" }, clientIp: "10.0.0.2" }),
    ).rejects.toThrow("InvalidInput");
  });

  it("refuses a deactivated user", async () => {
    await t.db.user.update({ where: { email: "greve@demo.klyngeportalen.dk" }, data: { active: false } });
    expect(
      await authenticate({
        db: t.db,
        credentials: { email: "greve@demo.klyngeportalen.dk", password: DEMO_PASSWORD },
        clientIp: "10.0.0.3",
      }),
    ).toBeNull();
  });

  it("blocks an account after repeated failures, even with the right password", async () => {
    const email = "lejre@demo.klyngeportalen.dk";
    for (let i = 0; i < MAX_PER_ACCOUNT; i++)
      await authenticate({ db: t.db, credentials: { email, password: "forkert" }, clientIp: `10.1.0.${i}` });
    await expect(
      authenticate({ db: t.db, credentials: { email, password: DEMO_PASSWORD }, clientIp: "10.1.1.1" }),
    ).rejects.toThrow("RateLimited");
  });
});
