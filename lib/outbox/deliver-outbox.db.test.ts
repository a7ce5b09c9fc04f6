/**
 * Delivery through a REAL SMTP server (smtp-server on loopback, started here), parsed with mailparser. Runs on
 * SQLite and, with TEST_POSTGRES_URL, on PostgreSQL (scripts/test.sh runs both).
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { startSmtpTestServer, type SmtpTestServer } from "../testing/smtp-test-server";
import { createPrismaClient } from "../db/create-client";
import { createMailTransport } from "../mail/create-transport";
import { recordDecisions } from "../decisions/record-decisions";
import { formatKroner } from "../format";
import { queueNotices } from "../notices/queue-notices";
import { composeMail } from "../notices/mail-layout";
import { Refusal } from "../actions/refusal";
import { deliverOutbox } from "./deliver-outbox";
import { claimOutboxMessages, INTERRUPTED } from "./claim-outbox-messages";
import { MAX_ATTEMPTS } from "./backoff";
import { retryOutboxMessage } from "./retry-outbox-message";

const root = path.resolve(__dirname, "../..");
const FROM = "Klyngeportalen <noreply@klyngeportalen.test>";
const APP = "http://klyngeportalen.test";
let t: TestDatabase;
let smtp: SmtpTestServer;
let transport: ReturnType<typeof createMailTransport>;
type User = { id: string; name: string; email: string; role: string; municipalityId: string | null };
let users: Record<string, User>;

beforeAll(async () => {
  process.env.NEXTAUTH_URL = APP;
  t = await createTestDatabase();
  smtp = await startSmtpTestServer();
  users = Object.fromEntries((await t.db.user.findMany()).map((u) => [u.email.split("@")[0]!, u]));
});
afterAll(async () => {
  transport.close();
  await smtp.stop();
  await t.drop();
});
beforeEach(async () => {
  // A pooled connection left open would keep the server from stopping: a fresh transport per test.
  transport?.close();
  transport = createMailTransport({ smtpUrl: smtp.url });
  smtp.received.length = 0;
  smtp.refuseWith = null;
  // Each test starts from an empty outbox.
  await t.db.outboxMessage.deleteMany();
});

/** A plain notice, queued directly, for the mechanics of delivery. */
async function queue(count: number, tag: string) {
  const recipient = users["sekretariat"]!;
  await queueNotices({
    db: t.db,
    notices: Array.from({ length: count }, (_, i) => ({
      kind: "WEEKLY_DIGEST" as const,
      recipient,
      key: `${tag}:${i}`,
      mail: composeMail({
        kind: "WEEKLY_DIGEST",
        required: false,
        subject: `Prøve ${tag} ${i}`,
        greeting: "Kære KKR-sekretariat",
        blocks: [{ text: `Besked ${i}` }],
        link: { path: "/sekretariat", label: "Åbn" },
      }),
    })),
  });
}
const statuses = async () =>
  (await t.db.outboxMessage.findMany({ orderBy: { subject: "asc" } })).map((m) => [m.status, m.attempts]);
const later = (ms: number) => () => new Date(Date.now() + ms);

describe("delivering notices through SMTP", () => {
  it("tells the others their Food & Bio share changed by Holbæk's «Nej»: before → after", async () => {
    const holbaek = users["holbaek"]!;
    const office = await t.db.clusterOffice.findFirstOrThrow({ where: { slug: "food-bio-cluster" } });
    const versions = await t.db.participation.findMany({ where: { municipalityId: holbaek.municipalityId! } });
    await recordDecisions({
      db: t.db,
      agreementId: (await t.db.agreement.findFirstOrThrow()).id,
      actor: holbaek,
      municipalityId: holbaek.municipalityId!,
      input: {
        officeIds: [office.id],
        decision: "NO",
        effectiveFromYear: 2021,
        councilBody: "Byrådet",
        meetingDate: "2021-06-01",
        caseReference: "Punkt 9",
        isCorrection: false,
        minutesUrl: undefined,
        note: undefined,
        correctionReason: undefined,
        closedYearReason: undefined,
      },
      expectedVersions: Object.fromEntries(versions.map((p) => [p.officeId, p.version])),
    });
    const report = await deliverOutbox({ db: t.db, transport, from: FROM });
    expect(report).toEqual({ sent: smtp.received.length, retrying: 0, failed: 0, stopped: false });
    expect(await t.db.outboxMessage.count({ where: { status: { not: "SENT" } } })).toBe(0);

    // Greve: one message for the change, every year with the amounts the ledger recorded.
    const toGreve = smtp.received.filter((m) => m.recipients.includes("greve@demo.klyngeportalen.dk"));
    expect(toGreve).toHaveLength(1);
    const mail = toGreve[0]!;
    expect(mail.subject).toBe("Ændret andel for Greve Kommune: Holbæk Kommunes beslutning («Nej»)");
    expect(mail.from?.value[0]).toMatchObject({ name: "Klyngeportalen", address: "noreply@klyngeportalen.test" });
    const lines = await t.db.shareSnapshotLine.findMany({
      where: { municipality: { code: "0253" }, snapshot: { officeId: office.id, cause: "DECISION" } },
      include: { snapshot: { select: { year: true } } },
      orderBy: { snapshot: { year: "asc" } },
    });
    expect(lines.map((l) => l.snapshot.year)).toEqual([2021, 2022, 2023, 2024]);
    for (const line of lines) {
      expect(line.amount).toBeGreaterThan(line.previousAmount);
      const amounts = `${formatKroner(line.previousAmount)} → ${formatKroner(line.amount)}`;
      const expected = `Food & Bio Cluster Denmark ${line.snapshot.year}: ${amounts}`;
      expect(mail.text).toContain(expected);
      expect(mail.html).toContain(expected.replace("&", "&amp;"));
    }
    expect(mail.text).toContain(
      "Holbæk Kommunes beslutning er registreret: «Nej» til Food & Bio Cluster Denmark fra 2021",
    );
    const history = `${APP}/kommuner/0253/historik?periode=${(await t.db.agreement.findFirstOrThrow()).id}`;
    expect(mail.text).toContain(history);
    expect(mail.html).toContain(`href="${history}"`);
    expect(mail.text).toContain("Du får denne mail, fordi du er kontaktperson for kommunen");
    expect(mail.text).toContain(`${APP}/notifikationer`);
    expect(mail.messageId).toMatch(/@klyngeportalen>?$/);

    // Everyone whose amount moved, nobody else: 15 other non-lead contacts (Slagelse leads, Holbæk decided).
    const contacts = smtp.received.filter((m) => m.subject?.startsWith("Ændret andel"));
    expect(contacts).toHaveLength(15);
    expect(contacts.flatMap((m) => m.recipients)).not.toContain("holbaek@demo.klyngeportalen.dk");
    expect(contacts.flatMap((m) => m.recipients)).not.toContain("slagelse@demo.klyngeportalen.dk");
    // The secretariat is told a decision was recorded (the administrator receives no notices).
    const toSecretariat = smtp.received.filter((m) => m.recipients.includes("sekretariat@demo.klyngeportalen.dk"));
    expect(toSecretariat.map((m) => m.subject)).toEqual([
      "Beslutning registreret: Holbæk Kommune – «Nej» til Food & Bio Cluster Denmark",
    ]);
    expect(smtp.received.flatMap((m) => m.recipients)).not.toContain("admin@demo.klyngeportalen.dk");
  });

  it("keeps the messages queued while the server refuses, and delivers them when it accepts again", async () => {
    await queue(3, "afvist");
    smtp.refuseWith = "451 4.3.0 Postkassen er midlertidigt utilgængelig";
    const refused = await deliverOutbox({ db: t.db, transport, from: FROM });
    expect(refused).toMatchObject({ sent: 0, retrying: 3 });
    const rows = await t.db.outboxMessage.findMany();
    expect(rows.every((r) => r.status === "PENDING" && r.attempts === 1)).toBe(true);
    expect(rows[0]!.lastError).toBe("RCPT TO: 451 4.3.0 Postkassen er midlertidigt utilgængelig");
    expect(rows[0]!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000); // backoff: a minute
    expect(smtp.received).toHaveLength(0);

    smtp.refuseWith = null;
    expect((await deliverOutbox({ db: t.db, transport, from: FROM })).sent).toBe(0); // not due yet
    expect((await deliverOutbox({ db: t.db, transport, from: FROM, clock: later(61_000) })).sent).toBe(3);
    expect(smtp.received.map((m) => m.subject).sort()).toEqual([0, 1, 2].map((i) => `Prøve afvist ${i}`));
    expect(await statuses()).toEqual([
      ["SENT", 2],
      ["SENT", 2],
      ["SENT", 2],
    ]);
  });

  it("fails a message the server refuses for good (5xx) at once, with the server's answer, instead of retrying", async () => {
    await queue(2, "ukendt");
    smtp.refuseWith = "550 5.1.1 Modtageren findes ikke";
    const refused = await deliverOutbox({ db: t.db, transport, from: FROM });
    expect(refused).toMatchObject({ sent: 0, retrying: 0, failed: 2 });
    const rows = await t.db.outboxMessage.findMany();
    expect(rows.every((r) => r.status === "FAILED" && r.attempts === 1)).toBe(true);
    expect(rows[0]!.lastError).toBe("RCPT TO: 550 5.1.1 Modtageren findes ikke");
    expect(smtp.received).toHaveLength(0);
  });

  it("keeps the messages queued while the server is down (the rest untried), and delivers them later", async () => {
    await queue(4, "nede");
    transport.close();
    await smtp.stop();
    const down = createMailTransport({ smtpUrl: smtp.url });
    try {
      const report = await deliverOutbox({ db: t.db, transport: down, from: FROM });
      expect(report).toMatchObject({ sent: 0, retrying: 1, stopped: true });
      const rows = await t.db.outboxMessage.findMany({ orderBy: { attempts: "desc" } });
      expect(rows.map((r) => [r.status, r.attempts])).toEqual([
        ["PENDING", 1],
        ["PENDING", 0],
        ["PENDING", 0],
        ["PENDING", 0],
      ]);
      expect(rows[0]!.lastError).toMatch(/ECONNREFUSED/);
      await smtp.start();
      expect((await deliverOutbox({ db: t.db, transport: down, from: FROM, clock: later(61_000) })).sent).toBe(4);
      expect(smtp.received).toHaveLength(4);
    } finally {
      down.close();
    }
  });

  it("gives up after the last attempt; an administrator sends it again", async () => {
    await queue(1, "opgivet");
    await t.db.outboxMessage.updateMany({ data: { attempts: MAX_ATTEMPTS - 1 } });
    smtp.refuseWith = "550 5.1.1 Ukendt modtager";
    expect(await deliverOutbox({ db: t.db, transport, from: FROM })).toMatchObject({ failed: 1 });
    const failed = await t.db.outboxMessage.findFirstOrThrow();
    expect([failed.status, failed.lastError]).toEqual(["FAILED", "RCPT TO: 550 5.1.1 Ukendt modtager"]);
    smtp.refuseWith = null;
    expect((await deliverOutbox({ db: t.db, transport, from: FROM, clock: later(7 * 3_600_000) })).sent).toBe(0);

    const admin = users["admin"]!;
    await expect(retryOutboxMessage({ db: t.db, actor: admin, messageId: failed.id, seenAttempts: 3 })).rejects.toThrow(
      "Beskeden er ændret",
    );
    await retryOutboxMessage({ db: t.db, actor: admin, messageId: failed.id, seenAttempts: MAX_ATTEMPTS });
    expect((await deliverOutbox({ db: t.db, transport, from: FROM })).sent).toBe(1);
    await expect(
      retryOutboxMessage({ db: t.db, actor: admin, messageId: failed.id, seenAttempts: 1 }),
    ).rejects.toBeInstanceOf(Refusal);
    expect(await t.db.auditEvent.count({ where: { action: "outbox.retried", entityId: failed.id } })).toBe(1);
  });

  it("takes over a claim whose worker died before trying, never a delivery that was interrupted", async () => {
    await queue(2, "lease");
    const first = await claimOutboxMessages({ db: t.db, take: 1, leaseMs: 60_000 });
    expect(first.messages).toHaveLength(1);
    // Another worker sees only the unclaimed one while the lease holds …
    const second = await claimOutboxMessages({ db: t.db, take: 5 });
    expect(second.messages.map((m) => m.id)).not.toContain(first.messages[0]!.id);
    await t.db.outboxMessage.updateMany({
      where: { claimToken: second.token },
      data: { status: "PENDING", claimToken: null },
    });
    // … and takes the dead worker's claim over once it has run out.
    expect((await deliverOutbox({ db: t.db, transport, from: FROM, clock: later(61_000) })).sent).toBe(2);
    expect(smtp.received).toHaveLength(2);
    // The first worker wakes up: its claim is gone, it sends nothing.
    const stale = await t.db.outboxMessage.updateMany({
      where: { id: first.messages[0]!.id, claimToken: first.token, status: "CLAIMED" },
      data: { status: "SENDING" },
    });
    expect(stale.count).toBe(0);

    await queue(1, "afbrudt");
    const claimed = await claimOutboxMessages({ db: t.db, take: 1 });
    await t.db.outboxMessage.update({
      where: { id: claimed.messages[0]!.id },
      data: { status: "SENDING", attempts: 1, leaseUntil: new Date(Date.now() - 1000) }, // died while sending
    });
    expect((await deliverOutbox({ db: t.db, transport, from: FROM, clock: later(61_000) })).sent).toBe(0);
    const interrupted = await t.db.outboxMessage.findUniqueOrThrow({ where: { id: claimed.messages[0]!.id } });
    expect([interrupted.status, interrupted.lastError]).toEqual(["FAILED", INTERRUPTED]);
    expect(smtp.received).toHaveLength(2);
  });

  it("four workers at once: every message delivered exactly once", async () => {
    await queue(80, "samtidig");
    // PostgreSQL: each worker its own connection pool. SQLite: one client, the workers interleaving at every await —
    // several better-sqlite3 connections in ONE process would block each other's event loop (the next test runs
    // separate processes, as production does).
    const separate = t.provider === "postgresql";
    const clients = [0, 1, 2, 3].map(() => (separate ? createPrismaClient(t.url) : t.db));
    const transports = clients.map(() => createMailTransport({ smtpUrl: smtp.url }));
    smtp.holdUntilConnections = 4; // let them all claim a batch before any of them sends
    try {
      const reports = await Promise.all(
        clients.map((db, i) => deliverOutbox({ db, transport: transports[i]!, from: FROM, batchSize: 5 })),
      );
      expect(reports.every((r) => r.sent > 0)).toBe(true);
      expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(80);
    } finally {
      for (const tr of transports) tr.close();
      if (separate) for (const db of clients) await db.$disconnect();
    }
    const ids = smtp.received.map((m) => m.messageId);
    expect(ids).toHaveLength(80);
    expect(new Set(ids).size).toBe(80);
    expect(await t.db.outboxMessage.count({ where: { status: "SENT" } })).toBe(80);
  });

  it("three worker processes (npm run notify -- --once), one database: every message delivered once", async () => {
    await queue(90, "processer");
    smtp.holdUntilConnections = 3;
    const env = {
      ...process.env,
      DATABASE_URL: t.url,
      SMTP_URL: smtp.url,
      MAIL_FROM: FROM,
      NEXTAUTH_URL: APP,
      KLYNGEPORTALEN_CLOCK: "",
      NOTIFY_BATCH_SIZE: "1", // a claim for every message: the workers race for the same rows all the time
    };
    const run = () =>
      promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), ["scripts/notify.ts", "--once"], {
        cwd: root,
        env,
      });
    const outputs = await Promise.all([run(), run(), run()]);
    const sent = outputs.map(({ stdout }) => Number(/Sendt: (\d+)/.exec(stdout)![1]));
    expect(sent.every((n) => n > 0)).toBe(true);
    const rows = await t.db.outboxMessage.findMany();
    expect(rows.every((r) => r.status === "SENT")).toBe(true); // the 60, and the reminders the scheduler added
    expect(sent.reduce((a, b) => a + b, 0)).toBe(rows.length);
    const ids = smtp.received.map((m) => m.messageId);
    expect(ids).toHaveLength(rows.length);
    expect(new Set(ids)).toEqual(new Set(rows.map((r) => `<${r.id}@klyngeportalen>`)));
  }, 60_000);
});
