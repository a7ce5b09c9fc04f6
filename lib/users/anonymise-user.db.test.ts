/**
 * Anonymisation of a deactivated user (issue 18): after ANONYMISE_AFTER_DAYS, by an administrator, the name and the
 * e-mail become a pseudonym everywhere they were copied — the audit trail stays whole and points at the same user.
 * Runs on SQLite, and on PostgreSQL in the PostgreSQL run (TEST_POSTGRES_URL).
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { recordAuditEvent } from "../audit/record-audit-event";
import { Refusal } from "../actions/refusal";
import { createUser } from "./create-user";
import { setUserActive } from "./set-user-active";
import { anonymiseAfterDays, anonymiseUser } from "./anonymise-user";

const DAY_MS = 24 * 60 * 60 * 1000;
const NAME = "Karen O'Hara Jensen";
const EMAIL = "karen.jensen@lejre.dk";

let t: TestDatabase;
let admin: { id: string; role: string };
let secretariat: { id: string; role: string };
let karen: { id: string };

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await t.db.user.findUniqueOrThrow({ where: { email: "admin@demo.klyngeportalen.dk" } });
  secretariat = await t.db.user.findUniqueOrThrow({ where: { email: "sekretariat@demo.klyngeportalen.dk" } });
  const region = await t.db.region.findUniqueOrThrow({ where: { code: "1085" } });
  const lejre = await t.db.municipality.findUniqueOrThrow({ where: { code: "0350" } });
  karen = await createUser({
    db: t.db,
    actor: admin,
    regionId: region.id,
    input: {
      name: NAME,
      email: EMAIL,
      role: "MUNICIPAL_CONTACT",
      municipalityId: lejre.id,
      officeId: undefined,
      password: "x".repeat(12),
    },
  });
  // A trail that names her: a change by her, a failed sign-in with her address, a mail to her, a limiter row.
  await recordAuditEvent(t.db, {
    actorId: karen.id,
    action: "decision.recorded",
    entityType: "CouncilDecision",
    entityId: "d1",
    after: { decision: "YES", note: `Registreret af ${NAME}`, municipality: { name: "Lejre Kommune" } },
  });
  await recordAuditEvent(t.db, {
    actorLabel: EMAIL,
    action: "auth.sign_in_failed",
    entityType: "User",
    entityId: karen.id,
    after: { reason: "wrong_password" },
  });
  await t.db.outboxMessage.create({
    data: {
      kind: "SHARE_CHANGED",
      dedupeKey: `test:${karen.id}`,
      recipientId: karen.id,
      toAddress: EMAIL,
      subject: "Lejres andel er ændret",
      textBody: `Kære ${NAME}\nDu får denne mail som ${EMAIL}.`,
      htmlBody: `<p>Kære Karen O&#39;Hara Jensen</p><p>Du får denne mail som ${EMAIL}.</p>`,
    },
  });
  await t.db.signInFailure.create({ data: { key: `account:${EMAIL}` } });
});
afterAll(async () => {
  await t.drop();
});

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "no refusal",
    (error) => (error instanceof Refusal ? error.message : `not a refusal: ${error}`),
  );

describe("anonymising a deactivated user", () => {
  it("refuses an active user, a secretariat, and the time before the waiting period has passed", async () => {
    const afterDays = 365;
    expect(await refusalOf(anonymiseUser({ db: t.db, actor: admin, userId: karen.id, afterDays }))).toBe(
      "Kun en deaktiveret bruger kan anonymiseres. Deaktivér brugeren først.",
    );
    await setUserActive({ db: t.db, actor: admin, userId: karen.id, active: false });
    const { deactivatedAt } = await t.db.user.findUniqueOrThrow({ where: { id: karen.id } });
    expect(Date.now() - deactivatedAt!.getTime()).toBeLessThan(60_000);
    expect(await refusalOf(anonymiseUser({ db: t.db, actor: secretariat, userId: karen.id, afterDays }))).toBe(
      "Kun en administrator kan anonymisere en bruger.",
    );
    const early = new Date(deactivatedAt!.getTime() + 364 * DAY_MS);
    expect(await refusalOf(anonymiseUser({ db: t.db, actor: admin, userId: karen.id, afterDays, now: early }))).toMatch(
      /^Brugeren kan først anonymiseres \d+\. \w+ \d{4}: 365 dage efter deaktiveringen\.$/,
    );
    expect(await t.db.user.findUniqueOrThrow({ where: { id: karen.id } })).toMatchObject({ name: NAME, email: EMAIL });
  });

  it("replaces name and e-mail everywhere they were copied, and keeps every audit row on the same user", async () => {
    const trailBefore = await t.db.auditEvent.findMany({
      where: { OR: [{ actorId: karen.id }, { entityId: karen.id }] },
      select: { id: true, action: true, actorId: true, entityId: true, createdAt: true },
      orderBy: { id: "asc" },
    });
    expect(trailBefore.map((row) => row.action)).toEqual(
      expect.arrayContaining(["user.created", "user.deactivated", "decision.recorded", "auth.sign_in_failed"]),
    );
    const { deactivatedAt } = await t.db.user.findUniqueOrThrow({ where: { id: karen.id } });
    const now = new Date(deactivatedAt!.getTime() + 365 * DAY_MS);
    const result = await anonymiseUser({ db: t.db, actor: admin, userId: karen.id, afterDays: 365, now });

    const user = await t.db.user.findUniqueOrThrow({ where: { id: karen.id } });
    expect(user.name).toMatch(/^Anonymiseret bruger [A-Z2-9]{8}$/);
    expect(user.name).toBe(result.pseudonym);
    expect(user.email).toMatch(/^anonymiseret-[a-z2-9]{8}@anonymiseret\.invalid$/);
    expect(user).toMatchObject({ active: false, anonymisedAt: now });

    // The same rows, on the same user, plus one that says it happened — by whom, and without the old name.
    const trailAfter = await t.db.auditEvent.findMany({
      where: { OR: [{ actorId: karen.id }, { entityId: karen.id }] },
      orderBy: { id: "asc" },
    });
    const anonymised = trailAfter.filter((row) => row.action === "user.anonymised");
    expect(anonymised).toHaveLength(1);
    expect(anonymised[0]).toMatchObject({ actorId: admin.id, entityType: "User", entityId: karen.id });
    expect(JSON.parse(anonymised[0]!.after!)).toMatchObject({ name: user.name });
    expect(
      trailAfter
        .filter((row) => row.action !== "user.anonymised")
        .map(({ id, action, actorId, entityId, createdAt }) => ({ id, action, actorId, entityId, createdAt })),
    ).toEqual(trailBefore);
    const created = trailAfter.find((row) => row.action === "user.created")!;
    expect(JSON.parse(created.after!)).toMatchObject({ name: user.name, email: user.email, role: "MUNICIPAL_CONTACT" });
    const decision = trailAfter.find((row) => row.action === "decision.recorded")!;
    expect(JSON.parse(decision.after!)).toEqual({
      decision: "YES",
      note: `Registreret af ${user.name}`,
      municipality: { name: "Lejre Kommune" },
    });
    expect(trailAfter.find((row) => row.action === "auth.sign_in_failed")!.actorLabel).toBe(user.email);

    // Nowhere in the audit, the outbox or the limiter is she named any more.
    const everything = JSON.stringify([
      await t.db.auditEvent.findMany(),
      await t.db.outboxMessage.findMany(),
      await t.db.signInFailure.findMany(),
      await t.db.user.findMany({ select: { name: true, email: true } }),
    ]);
    for (const trace of ["Karen", "karen.jensen", "O&#39;Hara", "O'Hara"]) expect(everything).not.toContain(trace);
    const mail = await t.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `test:${karen.id}` } });
    expect(mail).toMatchObject({ recipientId: karen.id, toAddress: user.email });
    expect(mail.textBody).toBe(`Kære ${user.name}\nDu får denne mail som ${user.email}.`);
    expect(mail.htmlBody).toContain(`Kære ${user.name}`);
  });

  it("is for good: not twice, and never active again", async () => {
    expect(await refusalOf(anonymiseUser({ db: t.db, actor: admin, userId: karen.id, afterDays: 0 }))).toBe(
      "Brugeren er allerede anonymiseret.",
    );
    expect(await refusalOf(setUserActive({ db: t.db, actor: admin, userId: karen.id, active: true }))).toBe(
      "En anonymiseret bruger kan ikke aktiveres igen.",
    );
  });

  it("reads the waiting period from ANONYMISE_AFTER_DAYS (default 365 days), refusing nonsense", () => {
    expect(anonymiseAfterDays(undefined)).toBe(365);
    expect(anonymiseAfterDays(" ")).toBe(365);
    expect(anonymiseAfterDays("30")).toBe(30);
    expect(anonymiseAfterDays("0")).toBe(0);
    expect(() => anonymiseAfterDays("et år")).toThrow("ANONYMISE_AFTER_DAYS skal være et helt antal dage");
    expect(() => anonymiseAfterDays("-1")).toThrow();
  });
});

describe("the migration that added deactivatedAt", () => {
  it("dates users deactivated before it by their last deactivation in the audit, else by their last change", async () => {
    const folder = t.provider === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations";
    const migration = fs.readFileSync(
      path.join(import.meta.dirname, "../..", folder, "20261127114654_user_anonymisation/migration.sql"),
      "utf8",
    );
    const backfill = migration.slice(migration.indexOf("UPDATE"));
    const [audited, unaudited] = await Promise.all(
      ["solroed", "stevns"].map((slug) =>
        t.db.user.findUniqueOrThrow({ where: { email: `${slug}@demo.klyngeportalen.dk` } }),
      ),
    );
    // As the rows stood before the migration: deactivated, without a date.
    await t.db.user.updateMany({
      where: { id: { in: [audited!.id, unaudited!.id] } },
      data: { active: false, deactivatedAt: null },
    });
    const deactivations = [new Date("2024-03-01T10:00:00Z"), new Date("2024-05-02T11:30:00Z")];
    for (const createdAt of deactivations)
      await t.db.auditEvent.create({
        data: { actorId: admin.id, action: "user.deactivated", entityType: "User", entityId: audited!.id, createdAt },
      });
    await t.db.$executeRawUnsafe(backfill);
    const after = await t.db.user.findMany({
      where: { id: { in: [audited!.id, unaudited!.id, admin.id] } },
      select: { id: true, deactivatedAt: true, updatedAt: true },
    });
    const byId = Object.fromEntries(after.map((user) => [user.id, user]));
    expect(byId[audited!.id]!.deactivatedAt).toEqual(deactivations[1]);
    expect(byId[unaudited!.id]!.deactivatedAt).toEqual(byId[unaudited!.id]!.updatedAt);
    expect(byId[admin.id]!.deactivatedAt).toBeNull();
  });
});
