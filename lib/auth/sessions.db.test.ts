/**
 * Sessions that can be revoked and do not extend forever (issue 14, finding 2): the check every request runs
 * (readSessionUser), against a real database, after each thing that must end a session.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { DEMO_PASSWORD } from "../../prisma/seed/seed-database";
import { authenticate } from "./authenticate";
import { readSessionUser } from "./read-session-user";
import { SESSION_SECONDS } from "./session-lifetime";
import { signOut } from "./sign-out";
import { setUserActive } from "../users/set-user-active";
import { changePassword } from "../users/change-password";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

/** What the session token holds after a sign-in (lib/auth/options.ts, jwt callback). */
async function signIn(slug: string, password = DEMO_PASSWORD) {
  const user = await authenticate({
    failedAttemptMs: 0,
    db: t.db,
    credentials: { email: `${slug}@demo.klyngeportalen.dk`, password },
    clientIp: null,
  });
  if (!user) throw new Error(`sign-in failed for ${slug}`);
  return { uid: user.id, sv: user.sessionVersion, signedInAt: Math.floor(Date.now() / 1000) };
}
const check = (claims: object, now?: number) => readSessionUser({ db: t.db, claims, now });

describe("a session", () => {
  it("holds while nothing has changed, and reads the user as they are now", async () => {
    const token = await signIn("faxe");
    await t.db.user.update({ where: { id: token.uid }, data: { name: "Ny kontaktperson" } });
    expect(await check(token)).toMatchObject({ user: { id: token.uid, name: "Ny kontaktperson" } });
  });

  it("ends everywhere at sign-out: every token of the user, not only the one that signed out", async () => {
    const laptop = await signIn("greve");
    const phone = await signIn("greve");
    await signOut({ db: t.db, userId: laptop.uid });
    expect(await check(laptop)).toEqual({ ended: "revoked" });
    expect(await check(phone)).toEqual({ ended: "revoked" });
    // A new sign-in starts a new session.
    expect(await check(await signIn("greve"))).toHaveProperty("user");
  });

  it("ends when the user is deactivated, and stays ended after reactivation", async () => {
    const token = await signIn("lejre");
    const secretariat = await t.db.user.findUniqueOrThrow({ where: { email: "sekretariat@demo.klyngeportalen.dk" } });
    await setUserActive({ db: t.db, actor: secretariat, userId: token.uid, active: false });
    expect(await check(token)).toEqual({ ended: "inactive" });
    await setUserActive({ db: t.db, actor: secretariat, userId: token.uid, active: true });
    expect(await check(token)).toEqual({ ended: "revoked" });
  });

  it("ends when the password is changed (the new password signs in, the old one does not)", async () => {
    const token = await signIn("roskilde");
    const { sessionVersion } = await changePassword({
      db: t.db,
      actor: { id: token.uid },
      currentPassword: DEMO_PASSWORD,
      newPassword: "en helt ny adgangskode",
    });
    expect(await check(token)).toEqual({ ended: "revoked" });
    // The browser that changed it continues under the new version (lib/auth/continue-session.ts).
    expect(await check({ ...token, sv: sessionVersion })).toHaveProperty("user");
    expect(
      await authenticate({
        failedAttemptMs: 0,
        db: t.db,
        credentials: { email: "roskilde@demo.klyngeportalen.dk", password: DEMO_PASSWORD },
        clientIp: null,
      }),
    ).toBeNull();
    await expect(
      changePassword({ db: t.db, actor: { id: token.uid }, currentPassword: "forkert", newPassword: "x".repeat(12) }),
    ).rejects.toThrow("Den nuværende adgangskode er forkert.");
  });

  it("a wrong current password is slowed down as a sign-in is: after 5, the next must wait, the right one too", async () => {
    const token = await signIn("stevns");
    const now = new Date();
    const change = (currentPassword: string, at = now) =>
      changePassword({ db: t.db, actor: { id: token.uid }, currentPassword, newPassword: "y".repeat(12), now: at });
    for (let i = 0; i < 5; i++)
      await expect(change(`gæt-${i}`)).rejects.toThrow("Den nuværende adgangskode er forkert.");
    await expect(change(DEMO_PASSWORD)).rejects.toThrow(
      /^For mange forsøg\. Prøv igen om 10 sekunder .* Adgangskoden er ikke skiftet\.$/,
    );
    // Audited as failed sign-ins are, saying where: the guesses and the refusal, never the passwords tried.
    const audited = await t.db.auditEvent.findMany({
      where: { entityId: token.uid, action: { in: ["auth.sign_in_failed", "auth.sign_in_blocked"] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(audited.map((a) => [a.action, JSON.parse(String(a.after)).where])).toEqual([
      ...Array.from({ length: 5 }, () => ["auth.sign_in_failed", "Min konto"]),
      ["auth.sign_in_blocked", "Min konto"],
    ]);
    expect(JSON.stringify(audited)).not.toMatch(/gæt-|Klynge-2026/);
    // The same account is slowed down at sign-in as well: it is the same secret being guessed.
    await expect(
      authenticate({
        failedAttemptMs: 0,
        db: t.db,
        credentials: { email: "stevns@demo.klyngeportalen.dk", password: DEMO_PASSWORD },
        clientIp: null,
        now,
      }),
    ).rejects.toThrow(/^RateLimited:/);
    // After the wait the right password changes it.
    await expect(change(DEMO_PASSWORD, new Date(now.getTime() + 11_000))).resolves.toHaveProperty("sessionVersion");
  });

  it("lasts at most 8 hours from the sign-in, however often it is used", async () => {
    const token = await signIn("koege");
    const start = token.signedInAt * 1000;
    expect(await check(token, start + (SESSION_SECONDS - 60) * 1000)).toHaveProperty("user");
    expect(await check(token, start + SESSION_SECONDS * 1000)).toEqual({ ended: "expired" });
  });

  it("does not accept a token without a session version (issued before they existed)", async () => {
    const { uid } = await signIn("ringsted");
    expect(await check({ uid, signedInAt: Math.floor(Date.now() / 1000) })).toEqual({ ended: "invalid" });
  });
});
