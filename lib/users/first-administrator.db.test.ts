/**
 * A real installation (issue 14, finding 9): `npm run db:seed -- --no-demo` loads the region without any demo
 * account — also on a production database — and `npm run user:create` makes the first administrator, whose
 * password never appears on the command line.
 */
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyTestDatabase } from "../testing/test-database";
import { createPrismaClient, type Database } from "../db/create-client";
import { authenticate } from "../auth/authenticate";

const root = path.resolve(__dirname, "../..");
let target: Awaited<ReturnType<typeof createEmptyTestDatabase>>;
let db: Database;

const run = (script: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", path.join(root, script), ...args], {
    cwd: root,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: target.url, ...options.env },
  });

beforeAll(async () => {
  target = await createEmptyTestDatabase();
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: target.url },
    stdio: "pipe",
  });
  db = createPrismaClient(target.url);
}, 120_000);
afterAll(async () => {
  await db.$disconnect();
  await target.drop();
});

describe("a real installation", () => {
  it("loads the region with --no-demo, on a production database too, and creates no account", async () => {
    const seeded = run("prisma/seed.ts", ["--no-demo"], { env: { NODE_ENV: "production" } });
    expect(seeded.stderr).toBe("");
    expect(seeded.stdout).toContain("ingen demo-brugere");
    // Denmark's 98 municipalities, Region Sjælland's 17 of them.
    expect(await db.municipality.count()).toBe(98);
    expect(await db.municipality.count({ where: { region: { code: "1085" } } })).toBe(17);
    expect(await db.user.count()).toBe(0);
    // Without --no-demo, the seed still refuses a production database (demo accounts have published passwords).
    const refused = run("prisma/seed.ts", [], { env: { NODE_ENV: "production" } });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("--no-demo");
    expect(await db.user.count()).toBe(0);
  }, 60_000);

  it("creates the first administrator, the password read from stdin — never from the command line", async () => {
    const onCommandLine = run("scripts/user-create.ts", [
      "--email",
      "drift@kkr.dk",
      "--name",
      "Drift",
      "--role",
      "ADMIN",
      "--password",
      "en-meget-lang-adgangskode",
    ]);
    expect(onCommandLine.status).toBe(2);
    expect(onCommandLine.stderr).toContain("Skriv aldrig adgangskoden på kommandolinjen");

    const tooShort = run("scripts/user-create.ts", ["--email", "drift@kkr.dk", "--name", "Drift", "--role", "ADMIN"], {
      input: "kort\n",
    });
    expect(tooShort.status).toBe(1);
    expect(tooShort.stderr).toContain("Adgangskoden skal være på mindst 12 tegn.");
    expect(await db.user.count()).toBe(0);

    const created = run("scripts/user-create.ts", ["--email", "Drift@KKR.dk", "--name", "Drift", "--role", "ADMIN"], {
      input: "en-meget-lang-adgangskode\n",
    });
    expect(created.stderr).toBe("");
    expect(created.stdout).toBe("Brugeren drift@kkr.dk (ADMIN) er oprettet.\n");
    const admin = await db.user.findUniqueOrThrow({ where: { email: "drift@kkr.dk" } });
    expect(admin).toMatchObject({ role: "ADMIN", active: true, municipalityId: null });
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.created", entityId: admin.id } });
    expect(audit).toMatchObject({ actorId: null, actorLabel: "npm run user:create" });
    expect(JSON.stringify(audit)).not.toContain("en-meget-lang-adgangskode");
    const signedIn = await authenticate({
      db,
      credentials: { email: "drift@kkr.dk", password: "en-meget-lang-adgangskode" },
      clientIp: null,
    });
    expect(signedIn?.role).toBe("ADMIN");

    const again = run("scripts/user-create.ts", ["--email", "drift@kkr.dk", "--name", "Drift", "--role", "ADMIN"], {
      env: { KLYNGEPORTALEN_PASSWORD: "en-anden-lang-adgangskode" },
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("Der findes allerede en bruger med den e-mail-adresse.");

    const contact = run(
      "scripts/user-create.ts",
      ["--email", "kontakt@faxe.dk", "--name", "Kontakt", "--role", "MUNICIPAL_CONTACT", "--municipality", "0320"],
      { env: { KLYNGEPORTALEN_PASSWORD: "en-anden-lang-adgangskode" } },
    );
    expect(contact.stdout).toContain("kontakt@faxe.dk (MUNICIPAL_CONTACT)");
    const faxe = await db.municipality.findUniqueOrThrow({ where: { code: "0320" } });
    expect((await db.user.findUniqueOrThrow({ where: { email: "kontakt@faxe.dk" } })).municipalityId).toBe(faxe.id);
  }, 90_000);
});
