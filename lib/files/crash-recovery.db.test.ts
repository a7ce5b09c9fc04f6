import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { recordDecisions } from "../decisions/record-decisions";
import { recoverUploads } from "./upload-store";

const root = path.resolve(__dirname, "../..");
const KILLS = 10;
let t: TestDatabase;
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "kp-crash-"));

beforeAll(async () => {
  process.env.UPLOAD_DIR = uploadDir; // recovery in this process must look where the child writes
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

/** Starts the child, lets it save for a random moment, then SIGKILLs it mid-work. */
function runAndKill(killAfterMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    // `node --import tsx`, not the tsx wrapper: the wrapper runs the script in a grandchild that SIGKILL would miss.
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "lib/testing/fault-child.ts"), "0320"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: t.url, UPLOAD_DIR: uploadDir },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let saved = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      saved += text.split("saved").length - 1;
      if (text.includes("ready")) setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    });
    child.on("exit", () => resolve(saved));
    child.on("error", reject);
  });
}

const filesUnder = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    : [];

describe("a process killed while saving a decision with minutes", () => {
  it(`leaves the whole change or none of it, ${KILLS} times over, and the app can carry on`, async () => {
    let totalSaved = 0;
    let recovered = { moved: 0, removed: 0 };
    for (let i = 0; i < KILLS; i++) {
      totalSaved += await runAndKill(150 + ((i * 397) % 2200)); // spread over the warm-up and several saves
      const r = await recoverUploads(t.db); // what the server does at start-up
      recovered = { moved: recovered.moved + r.moved, removed: recovered.removed + r.removed };

      const faxe = await t.db.municipality.findUniqueOrThrow({ where: { code: "0320" } });
      const attachments = await t.db.attachment.findMany();
      const finalFiles = filesUnder(uploadDir).filter((f) => !f.startsWith("pending"));
      // No pending leftovers; every row has its file (intact), every file has its row.
      expect(filesUnder(path.join(uploadDir, "pending"))).toEqual([]);
      expect(finalFiles.sort()).toEqual(attachments.map((a) => a.storageKey.split("/").join(path.sep)).sort());
      for (const a of attachments) {
        expect(
          createHash("sha256")
            .update(fs.readFileSync(path.join(uploadDir, a.storageKey)))
            .digest("hex"),
        ).toBe(a.sha256);
      }
      // Every decision has its ledger snapshot and its minutes; versions count the saves exactly.
      const decisions = await t.db.councilDecision.findMany({
        where: { municipalityId: faxe.id },
        include: { _count: { select: { snapshots: true } } },
      });
      expect(decisions.every((d) => d._count.snapshots > 0 && d.minutesAttachmentId)).toBe(true);
      for (const p of await t.db.participation.findMany({ where: { municipalityId: faxe.id } })) {
        expect(p.version).toBe(decisions.filter((d) => d.officeId === p.officeId).length);
      }
    }
    console.info(
      `crash test: ${KILLS} kills, ${totalSaved} saves committed, recovery completed ${recovered.moved} and discarded ${recovered.removed} half-done uploads`,
    );
    expect(totalSaved).toBeGreaterThan(0);

    // Restarting works: a normal save succeeds afterwards.
    const faxe = await t.db.municipality.findUniqueOrThrow({
      where: { code: "0320" },
      include: { participations: true },
    });
    const actor = await t.db.user.findFirstOrThrow({ where: { municipalityId: faxe.id } });

    await recordDecisions({
      db: t.db,
      actor,
      municipalityId: faxe.id,
      agreementId: (await t.db.agreement.findFirstOrThrow()).id,
      input: {
        officeIds: [faxe.participations[0]!.officeId],
        decision: "YES",
        effectiveFromYear: 2021,
        councilBody: "Byrådet",
        meetingDate: "2021-03-01",
        caseReference: "Efter genstart",
        isCorrection: false,
        minutesUrl: undefined,
        note: undefined,
        correctionReason: undefined,
        closedYearReason: undefined,
      },
      expectedVersions: { [faxe.participations[0]!.officeId]: faxe.participations[0]!.version },
    });
  }, 120_000);
});

describe("recoverUploads", () => {
  it("completes a committed upload and discards an uncommitted one", async () => {
    const { storeUpload } = await import("./upload-store");
    const user = await t.db.user.findFirstOrThrow();
    const committed = await storeUpload(new TextEncoder().encode("%PDF-1.4 committed"), "pdf");
    const uncommitted = await storeUpload(new TextEncoder().encode("%PDF-1.4 not committed"), "pdf");
    // The crash came after the transaction committed but before the file was moved into place:
    await t.db.attachment.create({
      data: {
        kind: "COUNCIL_MINUTES",
        fileName: "a.pdf",
        contentType: "application/pdf",
        uploadedById: user.id,
        ...committed,
      },
    });
    expect(await recoverUploads(t.db)).toEqual({ moved: 1, removed: 1 });
    expect(fs.existsSync(path.join(uploadDir, committed.storageKey))).toBe(true);
    expect(fs.existsSync(path.join(uploadDir, uncommitted.storageKey))).toBe(false);
    expect(filesUnder(path.join(uploadDir, "pending"))).toEqual([]);
  });
});
