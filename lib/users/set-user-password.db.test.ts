/**
 * A forgotten password: whoever manages the account gives the user a new one (lib/users/set-user-password.ts). Against
 * a real database: the user's sessions end, the new password signs in and the old one does not, a slowed-down account
 * is let in, nothing of the password is stored in the audit — and the refusals change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { DEMO_PASSWORD } from "../../prisma/seed/seed-database";
import { authenticate } from "../auth/authenticate";
import { readSessionUser } from "../auth/read-session-user";
import { setUserActive } from "./set-user-active";
import { newPassword as makePassword, setUserPassword } from "./set-user-password";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const signIn = (slug: string, password: string) =>
  authenticate({
    failedAttemptMs: 0,
    db: t.db,
    credentials: { email: `${slug}@demo.klyngeportalen.dk`, password },
    clientIp: null,
  });
const user = (slug: string) => t.db.user.findUniqueOrThrow({ where: { email: `${slug}@demo.klyngeportalen.dk` } });

describe("a new password from the secretariat", () => {
  it("ends the user's sessions; the new password signs in, the old does not; the audit holds no password", async () => {
    const session = (await signIn("faxe", DEMO_PASSWORD))!;
    const claims = { uid: session.id, sv: session.sessionVersion, signedInAt: Math.floor(Date.now() / 1000) };
    const secretariat = await user("sekretariat");
    const { name, password: newPassword } = await setUserPassword({ db: t.db, actor: secretariat, userId: session.id });
    expect(name).toBe((await user("faxe")).name);
    // Made by the portal: 16 characters easy to read aloud, in four groups; a new one each time.
    expect(newPassword).toMatch(/^[a-km-np-z2-9]{4}(-[a-km-np-z2-9]{4}){3}$/);
    expect(new Set(Array.from({ length: 50 }, makePassword)).size).toBe(50);
    expect(await readSessionUser({ db: t.db, claims })).toEqual({ ended: "revoked" });
    expect(await signIn("faxe", DEMO_PASSWORD)).toBeNull();
    expect(await signIn("faxe", newPassword)).toMatchObject({ id: session.id });
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { action: "user.password_set", entityId: session.id },
    });
    expect(audit.actorId).toBe(secretariat.id);
    expect(JSON.stringify(audit)).not.toContain(newPassword);
  });

  it("lets in an account slowed down by wrong guesses at once", async () => {
    for (let i = 0; i < 6; i++) await signIn("greve", `gæt-${i}`).catch(() => null);
    await expect(signIn("greve", DEMO_PASSWORD)).rejects.toThrow(/^RateLimited:/);
    const greve = await user("greve");
    const { password } = await setUserPassword({ db: t.db, actor: await user("sekretariat"), userId: greve.id });
    expect(await signIn("greve", password)).toMatchObject({ id: greve.id });
  });

  it("is refused for oneself, for an administrator by the secretariat, and for a deactivated user: nothing changes", async () => {
    const secretariat = await user("sekretariat");
    const admin = await user("admin");
    const koege = await user("koege");
    await setUserActive({ db: t.db, actor: secretariat, userId: koege.id, active: false });
    const before = await t.db.user.findMany({ orderBy: { id: "asc" } });
    const attempt = (actor: typeof admin, userId: string) => setUserPassword({ db: t.db, actor, userId });
    await expect(attempt(secretariat, secretariat.id)).rejects.toThrow("Skift din egen adgangskode under Min konto.");
    await expect(attempt(secretariat, admin.id)).rejects.toThrow(
      "Kun en administrator kan give en administrator en ny adgangskode.",
    );
    await expect(attempt(admin, koege.id)).rejects.toThrow("Brugeren er deaktiveret. Aktivér brugeren først.");
    expect(await t.db.user.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    // An administrator may give another administrator one.
    const other = await t.db.user.create({
      data: { email: "admin2@demo.klyngeportalen.dk", name: "Anden administrator", role: "ADMIN", passwordHash: "x" },
    });
    await expect(attempt(admin, other.id)).resolves.toMatchObject({ name: "Anden administrator" });
  });
});
