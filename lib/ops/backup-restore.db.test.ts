/**
 * Backup of a RUNNING app while it writes, restored into a fresh database and upload directory: the restored
 * state is exactly the backup's (its manifest), one consistent point in time — not the live database, which
 * moved on. Runs on SQLite and, in the PostgreSQL run of scripts/test.sh, on PostgreSQL. The commands are run
 * as the operator runs them (scripts/backup.ts, scripts/restore.ts).
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "../db/create-client";
import { createEmptyTestDatabase, createTestDatabase, type TestDatabase } from "../testing/test-database";
import type { BackupManifest } from "./backup-manifest";
import { readDatabaseSummary } from "./read-database-summary";
import { verifyRestore } from "./verify-restore";

const root = path.resolve(__dirname, "../..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "kp-backup-"));
const liveUploads = path.join(work, "live-uploads");
const backupDir = path.join(work, "backup");
const restoredUploads = path.join(work, "restored-uploads");
let live: TestDatabase;
let target: Awaited<ReturnType<typeof createEmptyTestDatabase>>;
let restored: Database;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  live = await createTestDatabase();
  // As the installed app runs (prisma/seed.ts): readers and the backup never wait for writers.
  if (live.provider === "sqlite") await live.db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  target = await createEmptyTestDatabase();
});
afterAll(async () => {
  await restored?.$disconnect();
  for (const cleanup of [...cleanups, () => target.drop(), () => live.drop()]) await cleanup();
  fs.rmSync(work, { recursive: true, force: true });
});

type Run = { code: number | null; stdout: string; stderr: string };
/** `npm run backup|restore -- ARGS`, as the operator runs it (without npm's own output). */
function runCommand(script: "backup" | "restore", args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, `scripts/${script}.ts`), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The running app: lib/testing/fault-child.ts records decisions with minutes PDFs for Faxe, without pause. */
function startWriter() {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ["--import", "tsx", path.join(root, "lib/testing/fault-child.ts"), "0320"],
    { cwd: root, env: { ...process.env, DATABASE_URL: live.url, UPLOAD_DIR: liveUploads } },
  );
  let saves = 0;
  const waiters: { n: number; resolve(): void }[] = [];
  child.stdout.on("data", (chunk: Buffer) => {
    saves += chunk.toString().split("saved").length - 1;
    for (const waiter of waiters.filter((w) => saves >= w.n)) waiter.resolve();
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  return {
    saves: () => saves,
    waitFor: (n: number) =>
      saves >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve })),
    stop: async () => {
      child.kill("SIGKILL");
      await exited;
    },
  };
}

const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const countRows = async (db: Database, table: string) =>
  Number(((await db.$queryRawUnsafe(`SELECT COUNT(*) AS n FROM "${table}"`)) as { n: unknown }[])[0]!.n);
const newestCommittedMigration = () =>
  fs
    .readdirSync(path.join(root, "prisma/migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .at(-1);
const withoutLaterChanges = <T extends { updatedAt: Date }>(rows: T[]) => rows.map(({ updatedAt: _u, ...row }) => row);

describe("backup of a running app, restored into a fresh database and upload directory", () => {
  let manifest: BackupManifest;

  it("holds one consistent point in time, and the restore finds exactly it", async () => {
    const writer = startWriter();
    cleanups.push(writer.stop);
    await writer.waitFor(3);
    const savesBefore = writer.saves();
    const backup = await runCommand("backup", [backupDir], { DATABASE_URL: live.url, UPLOAD_DIR: liveUploads });
    const savesDuring = writer.saves() - savesBefore;
    await writer.waitFor(writer.saves() + 2); // the live database moves on after the backup
    await writer.stop();

    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^Sikkerhedskopierer databasen/);
    expect(backup.stdout).toMatch(/^Færdig: \d+ tabeller, [\d.]+ rækker, \d+ filer i /m);
    expect(savesDuring, "decisions saved while the backup ran").toBeGreaterThan(0);

    manifest = JSON.parse(fs.readFileSync(path.join(backupDir, "manifest.json"), "utf8"));
    console.info(
      `backup test (${live.provider}): ${savesBefore} saves before the backup, ${savesDuring} while it ran; ` +
        `it holds ${manifest.tables.CouncilDecision} decisions, ${manifest.tables.AuditEvent} audit events, ` +
        `${manifest.files.length} files`,
    );
    expect(manifest.provider).toBe(live.provider);
    expect(manifest.migration).toBe(newestCommittedMigration());
    expect(manifest.warnings).toEqual([]);
    expect(manifest.tables.CouncilDecision).toBeGreaterThan(0);
    expect(manifest.files).toHaveLength(manifest.tables.Attachment!);
    expect(fs.existsSync(path.join(backupDir, "uploads", "pending"))).toBe(false);
    expect(await live.db.councilDecision.count()).toBeGreaterThan(manifest.tables.CouncilDecision!);

    const restore = await runCommand("restore", [backupDir], { DATABASE_URL: target.url, UPLOAD_DIR: restoredUploads });
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain("alt stemmer med sikkerhedskopien");

    // Counted again here, independently of the restore's own check: every table as in the manifest.
    restored = createPrismaClient(target.url);
    for (const [table, rows] of Object.entries(manifest.tables))
      expect([table, await countRows(restored, table)]).toEqual([table, rows]);

    // The same decisions, ledger and audit rows as the live database had at that moment (they are never
    // edited; only a later decision may since have superseded one).
    const decisions = await restored.councilDecision.findMany({ orderBy: { id: "asc" } });
    const liveDecisions = await live.db.councilDecision.findMany({
      where: { id: { in: decisions.map((d) => d.id) } },
      orderBy: { id: "asc" },
    });
    expect(withoutLaterChanges(decisions)).toEqual(withoutLaterChanges(liveDecisions));
    const ledger = await restored.shareSnapshot.findMany({ include: { lines: true }, orderBy: { id: "asc" } });
    expect(ledger.length).toBeGreaterThan(0);
    expect(ledger).toEqual(
      await live.db.shareSnapshot.findMany({
        where: { id: { in: ledger.map((s) => s.id) } },
        include: { lines: true },
        orderBy: { id: "asc" },
      }),
    );
    const audit = await restored.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(audit.length).toBeGreaterThan(0);
    expect(audit).toEqual(
      await live.db.auditEvent.findMany({ where: { id: { in: audit.map((a) => a.id) } }, orderBy: { id: "asc" } }),
    );

    // One point in time: every decision has its ledger snapshot and its minutes, every participation version
    // counts exactly its decisions, every attachment has its intact file and every file its attachment.
    const faxe = await restored.municipality.findUniqueOrThrow({ where: { code: "0320" } });
    const withSnapshots = await restored.councilDecision.findMany({
      include: { _count: { select: { snapshots: true } } },
    });
    expect(withSnapshots.every((d) => d._count.snapshots > 0 && d.minutesAttachmentId)).toBe(true);
    for (const p of await restored.participation.findMany({ where: { municipalityId: faxe.id } }))
      expect(p.version).toBe(decisions.filter((d) => d.officeId === p.officeId).length);
    const attachments = await restored.attachment.findMany({ orderBy: { storageKey: "asc" } });
    expect(manifest.files.map((f) => f.path).sort()).toEqual(attachments.map((a) => a.storageKey));
    for (const a of attachments) expect(sha256(path.join(restoredUploads, a.storageKey))).toBe(a.sha256);
    for (const f of manifest.files) expect(sha256(path.join(restoredUploads, f.path))).toBe(f.sha256);
    const restoredFiles = fs
      .readdirSync(restoredUploads, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile());
    expect(restoredFiles).toHaveLength(manifest.files.length);
  }, 120_000);

  it("refuses a target that is not empty unless told (--force), in Danish, changing nothing", async () => {
    const env = { DATABASE_URL: target.url, UPLOAD_DIR: restoredUploads };
    await restored.auditEvent.create({ data: { action: "test.marker", entityType: "Test" } });
    const refused = await runCommand("restore", [backupDir], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Fejl: Måldatabasen .* er ikke tom: .*--force.*Intet er ændret\.$/m);
    expect(await restored.auditEvent.count({ where: { action: "test.marker" } })).toBe(1);

    // A fresh database but an upload directory with files in it: refused too.
    const empty = await createEmptyTestDatabase();
    cleanups.push(empty.drop);
    const filesLeft = await runCommand("restore", [backupDir], { ...env, DATABASE_URL: empty.url });
    expect(filesLeft.code).toBe(1);
    expect(filesLeft.stderr).toMatch(/^Fejl: Uploadmappen .* er ikke tom/m);

    await restored.$disconnect(); // the app is stopped for a restore (SQLite: the file is replaced)
    const forced = await runCommand("restore", [backupDir, "--force"], env);
    expect(forced.code).toBe(0);
    restored = createPrismaClient(target.url);
    expect(await restored.auditEvent.count({ where: { action: "test.marker" } })).toBe(0);
  }, 60_000);

  it("refuses a damaged backup before changing anything", async () => {
    const damaged = path.join(work, "damaged");
    fs.cpSync(backupDir, damaged, { recursive: true });
    fs.appendFileSync(path.join(damaged, "uploads", manifest.files[0]!.path), "x");
    const empty = await createEmptyTestDatabase();
    cleanups.push(empty.drop);
    const emptyUploads = path.join(work, "never-written");
    const result = await runCommand("restore", [damaged], { DATABASE_URL: empty.url, UPLOAD_DIR: emptyUploads });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Fejl: Sikkerhedskopien er beskadiget. Intet er ændret.");
    expect(result.stderr).toContain(`filen ${manifest.files[0]!.path} har en anden kontrolsum`);
    expect(fs.existsSync(emptyUploads)).toBe(false);
    const summary = await readDatabaseSummary({ databaseUrl: empty.url });
    expect(summary === null || Object.keys(summary.tables).length === 0).toBe(true);
  }, 60_000);

  it("names every difference between a restore and its manifest", async () => {
    await restored.auditEvent.create({ data: { action: "test.extra", entityType: "Test" } });
    fs.rmSync(path.join(restoredUploads, manifest.files[0]!.path));
    const audit = manifest.tables.AuditEvent!;
    const differences = await verifyRestore({
      manifest,
      restored: await readDatabaseSummary({ databaseUrl: target.url }),
      uploadDir: restoredUploads,
    });
    expect(differences).toEqual([
      `tabellen AuditEvent har ${audit + 1} rækker, sikkerhedskopien ${audit}`,
      `filen ${manifest.files[0]!.path} mangler`,
    ]);
  });
});
