/**
 * Audit of refused access and the retention of audit rows of reads (issue 14, finding 10).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { recordAuditEvent } from "./record-audit-event";
import { recordRefusedAccess, REFUSALS_PER_USER } from "./record-refused-access";
import { pruneAuditEvents, readRetentionDays } from "./prune-audit-events";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

describe("refused access", () => {
  it("leaves a trace per refusal — who, what, which id — but a flood cannot fill the table", async () => {
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "faxe@demo.klyngeportalen.dk" } });
    const greve = await t.db.municipality.findUniqueOrThrow({ where: { code: "0253" } });
    const results = [];
    for (let i = 0; i < REFUSALS_PER_USER + 30; i++)
      results.push(
        await recordRefusedAccess({
          db: t.db,
          actorId: user.id,
          entityType: "Municipality",
          entityId: greve.id,
          details: { permission: "municipality.view", route: "/kommuner/0253" },
        }),
      );
    const rows = await t.db.auditEvent.findMany({
      where: { action: "access.refused", actorId: user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(rows).toHaveLength(REFUSALS_PER_USER);
    expect(results.filter(Boolean)).toHaveLength(REFUSALS_PER_USER);
    expect(rows[0]).toMatchObject({ entityType: "Municipality", entityId: greve.id });
    expect(JSON.parse(rows[0]!.after!)).toEqual({ permission: "municipality.view", route: "/kommuner/0253" });
    expect(JSON.parse(rows.at(-1)!.after!)).toMatchObject({ limitReached: true });
    // Another user's refusals are counted on their own.
    const other = await t.db.user.findUniqueOrThrow({ where: { email: "greve@demo.klyngeportalen.dk" } });
    expect(await recordRefusedAccess({ db: t.db, actorId: other.id, entityType: "Page", entityId: null })).toBe(true);
  });
});

describe("retention of audit rows of reads", () => {
  it("deletes downloads and refusals older than the retention period, and nothing else", async () => {
    const user = await t.db.user.findFirstOrThrow();
    const old = new Date(Date.now() - 200 * 24 * 60 * 60 * 1000);
    for (const action of ["attachment.downloaded", "access.refused", "decision.recorded", "auth.sign_in"]) {
      await recordAuditEvent(t.db, { actorId: user.id, action, entityType: "Test", entityId: "gammel" });
      await t.db.auditEvent.updateMany({ where: { entityId: "gammel", action }, data: { createdAt: old } });
      await recordAuditEvent(t.db, { actorId: user.id, action, entityType: "Test", entityId: "ny" });
    }
    const { reads } = await pruneAuditEvents({ db: t.db, retentionDays: 180 });
    expect(reads).toBe(2);
    const left = await t.db.auditEvent.findMany({
      where: { entityType: "Test" },
      select: { action: true, entityId: true },
    });
    expect(left.map((row) => `${row.action}:${row.entityId}`).sort()).toEqual([
      "access.refused:ny",
      "attachment.downloaded:ny",
      "auth.sign_in:gammel",
      "auth.sign_in:ny",
      "decision.recorded:gammel",
      "decision.recorded:ny",
    ]);
  });

  it("reads the retention from AUDIT_READ_RETENTION_DAYS (default 180 days), refusing nonsense", () => {
    expect(readRetentionDays(undefined)).toBe(180);
    expect(readRetentionDays("365")).toBe(365);
    expect(() => readRetentionDays("et år")).toThrow("AUDIT_READ_RETENTION_DAYS skal være et helt antal dage");
    expect(() => readRetentionDays("0")).toThrow();
  });
});
