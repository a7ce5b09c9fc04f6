import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hash as bcryptHash } from "@node-rs/bcrypt";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { createPrismaClient } from "../db/create-client";
import { DEMO_PASSWORD } from "../../prisma/seed/seed-database";
import { authenticate, SignInError } from "./authenticate";
import { LIMITS } from "./sign-in-limiter";
import { FAILURES_PER_MINUTE } from "./audit-sign-in-failure";

const MAX_PER_ACCOUNT = LIMITS.account.free;

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
      failedAttemptMs: 0,
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
      await authenticate({
        failedAttemptMs: 0,
        db: t.db,
        credentials: { email: faxe, password: "forkert-kode" },
        clientIp: "10.0.0.1",
      }),
    ).toBeNull();
    expect(
      await authenticate({
        failedAttemptMs: 0,
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
      authenticate({ failedAttemptMs: 0, db: t.db, credentials: { email: "", password: "" }, clientIp: "10.0.0.2" }),
    ).rejects.toThrow(SignInError);
    await expect(
      authenticate({
        failedAttemptMs: 0,
        db: t.db,
        credentials: { email: "x".repeat(10_000), password: "y" },
        clientIp: "10.0.0.2",
      }),
    ).rejects.toThrow("InvalidInput");
  });

  it("refuses a deactivated user: with the right password told so, with a wrong one as anyone else", async () => {
    await t.db.user.update({ where: { email: "greve@demo.klyngeportalen.dk" }, data: { active: false } });
    const attempt = (password: string) =>
      authenticate({
        failedAttemptMs: 0,
        db: t.db,
        credentials: { email: "greve@demo.klyngeportalen.dk", password },
        clientIp: "10.0.0.3",
      });
    await expect(attempt(DEMO_PASSWORD)).rejects.toThrow(new SignInError("Inactive"));
    expect(await attempt("forkert-adgangskode")).toBeNull();
  });

  it("blocks an account after repeated failures, even with the right password — until the wait is over", async () => {
    const email = "lejre@demo.klyngeportalen.dk";
    const start = new Date();
    for (let i = 0; i < MAX_PER_ACCOUNT; i++)
      await authenticate({
        failedAttemptMs: 0,
        db: t.db,
        credentials: { email, password: "forkert" },
        clientIp: `10.1.0.${i}`,
        now: start,
      });
    await expect(
      authenticate({
        failedAttemptMs: 0,
        db: t.db,
        credentials: { email, password: DEMO_PASSWORD },
        clientIp: "10.1.1.1",
        now: start,
      }),
    ).rejects.toThrow("RateLimited:10");
    // A slowdown, not a lock-out: after the wait the right password gets in, and the account starts afresh.
    const later = new Date(start.getTime() + LIMITS.account.firstDelayMs + 1);
    const user = await authenticate({
      failedAttemptMs: 0,
      db: t.db,
      credentials: { email, password: DEMO_PASSWORD },
      clientIp: "10.1.1.1",
      now: later,
    });
    expect(user?.email).toBe(email);
    expect(await t.db.signInFailure.count({ where: { key: `account:${email}` } })).toBe(0);
  });

  it("doubles the wait with every further failure, up to the cap", async () => {
    const email = "stevns@demo.klyngeportalen.dk";
    let now = new Date();
    const waits: string[] = [];
    for (let i = 0; i < MAX_PER_ACCOUNT + 7; i++) {
      try {
        await authenticate({
          failedAttemptMs: 0,
          db: t.db,
          credentials: { email, password: "forkert" },
          clientIp: null,
          now,
        });
      } catch (error) {
        waits.push((error as Error).message);
        // Wait exactly as long as told, then fail again.
        now = new Date(now.getTime() + Number((error as Error).message.split(":")[1]) * 1000);
        await authenticate({
          failedAttemptMs: 0,
          db: t.db,
          credentials: { email, password: "forkert" },
          clientIp: null,
          now,
        });
      }
    }
    expect(waits).toEqual(
      ["RateLimited:10", "RateLimited:20", "RateLimited:40", "RateLimited:80"].concat([
        "RateLimited:160",
        "RateLimited:300",
        "RateLimited:300",
      ]),
    );
  });

  it("holds across app processes: failures through one client slow down sign-in through another", async () => {
    const other = createPrismaClient(t.url);
    try {
      const email = "odsherred@demo.klyngeportalen.dk";
      for (let i = 0; i < MAX_PER_ACCOUNT; i++)
        await authenticate({
          failedAttemptMs: 0,
          db: t.db,
          credentials: { email, password: "forkert" },
          clientIp: null,
        });
      await expect(
        authenticate({
          failedAttemptMs: 0,
          db: other,
          credentials: { email, password: DEMO_PASSWORD },
          clientIp: null,
        }),
      ).rejects.toThrow("RateLimited");
    } finally {
      await other.$disconnect();
    }
  });

  it("behind a trusted proxy, slows one address down across random e-mails", async () => {
    const now = new Date();
    for (let i = 0; i < LIMITS.address.free; i++) {
      const email = `tilfaeldig${i}@example.dk`;
      await authenticate({
        failedAttemptMs: 0,
        db: t.db,
        credentials: { email, password: "x" },
        clientIp: "10.7.7.7",
        now,
      });
    }
    const next = { email: "endnu-en@example.dk", password: "x" };
    await expect(
      authenticate({ failedAttemptMs: 0, db: t.db, credentials: next, clientIp: "10.7.7.7", now }),
    ).rejects.toThrow("RateLimited");
    // Another address is not slowed down by it.
    expect(
      await authenticate({ failedAttemptMs: 0, db: t.db, credentials: next, clientIp: "10.7.7.8", now }),
    ).toBeNull();
  });

  it("writes a bounded number of audit rows in a flood of failures", async () => {
    const before = await t.db.auditEvent.count({ where: { action: { startsWith: "auth.sign_in_" } } });
    await Promise.all(
      Array.from({ length: FAILURES_PER_MINUTE + 20 }, (_, i) =>
        authenticate({
          failedAttemptMs: 0,
          db: t.db,
          credentials: { email: `flood${i}@example.dk`, password: "x" },
          clientIp: null,
        }),
      ),
    );
    const written = (await t.db.auditEvent.count({ where: { action: { startsWith: "auth.sign_in_" } } })) - before;
    // The cap, one "flood" row, and a few that raced past the count (concurrent attempts).
    expect(written).toBeLessThanOrEqual(FAILURES_PER_MINUTE + 10);
    expect(await t.db.auditEvent.count({ where: { action: "auth.sign_in_flood" } })).toBeGreaterThanOrEqual(1);
    expect(await t.db.signInFailure.count({ where: { key: { startsWith: "account:flood" } } })).toBe(
      FAILURES_PER_MINUTE + 20,
    );
  });

  it("answers every attempt that does not sign in after a second at the earliest, and the right one at once", async () => {
    const timed = async (credentials: object) => {
      const started = Date.now();
      const result = await authenticate({ db: t.db, credentials, clientIp: null }).catch((e: Error) => e.message);
      return { ms: Date.now() - started, signedIn: typeof result === "object" && result !== null };
    };
    const wrong = await timed({ email: "holbaek@demo.klyngeportalen.dk", password: "forkert" });
    const unknown = await timed({ email: "findes-ikke@example.dk", password: "forkert" });
    const invalid = await timed({ email: "", password: "" });
    const right = await timed({ email: "holbaek@demo.klyngeportalen.dk", password: DEMO_PASSWORD });
    expect([wrong, unknown, invalid].map((r) => r.ms >= 990)).toEqual([true, true, true]);
    expect(right).toMatchObject({ signedIn: true });
    expect(right.ms).toBeLessThan(990); // no floor for the right password
  });

  it("verifies a bcrypt hash from before, and replaces it with Argon2id at sign-in", async () => {
    const email = "ringsted@demo.klyngeportalen.dk";
    await t.db.user.update({ where: { email }, data: { passwordHash: await bcryptHash(DEMO_PASSWORD, 10) } });
    expect(
      await authenticate({
        failedAttemptMs: 0,
        db: t.db,
        credentials: { email, password: DEMO_PASSWORD },
        clientIp: null,
      }),
    ).toMatchObject({ email });
    const { passwordHash } = await t.db.user.findUniqueOrThrow({ where: { email } });
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(
      await authenticate({
        failedAttemptMs: 0,
        db: t.db,
        credentials: { email, password: DEMO_PASSWORD },
        clientIp: null,
      }),
    ).toMatchObject({ email });
  });
});
