/**
 * Uploaded files live under UPLOAD_DIR (default ./data/uploads) — outside the web root — and are served only
 * through authorized route handlers.
 *
 * Crash safety (docs/decisions/0007-hardening.md): a file is first written to pending/ (atomically: temp file +
 * rename), the database transaction that references it commits, and only then is it moved into place. If the
 * process dies anywhere in between, recoverUploads() at the next start moves a pending file whose Attachment row
 * exists and deletes one whose row does not. So there is never a file without its row, nor a row without its file.
 */
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { DbClient } from "../db/types";

// The upload directory is configured at run time and lies outside the project on a real installation, so the build
// cannot and must not trace it: the comments tell Turbopack so (its "tracing of the whole project" warning, issue 16).
export function uploadRoot(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.UPLOAD_DIR || "./data/uploads");
}

const PENDING = "pending";
export type StoredFile = { storageKey: string; sha256: string; sizeBytes: number };

/** Writes the bytes to pending/; call commitUpload after the transaction, discardUpload if it failed. */
export async function storeUpload(bytes: Uint8Array, extension: string): Promise<StoredFile> {
  const storageKey = `${new Date().getUTCFullYear()}/${randomUUID()}.${extension}`;
  const pending = resolveKey(path.join(PENDING, storageKey));
  await fs.mkdir(path.dirname(pending), { recursive: true });
  await fs.writeFile(`${pending}.part`, bytes);
  await fs.rename(`${pending}.part`, pending);
  return { storageKey, sha256: createHash("sha256").update(bytes).digest("hex"), sizeBytes: bytes.byteLength };
}

export async function commitUpload(storageKey: string) {
  const target = resolveKey(storageKey);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.rename(resolveKey(path.join(PENDING, storageKey)), target).catch(async (error) => {
    // Already moved (e.g. by recovery) is fine; anything else is a real error.
    if (!(await exists(target))) throw error;
  });
}

export async function discardUpload(storageKey: string) {
  await fs.rm(resolveKey(path.join(PENDING, storageKey)), { force: true });
}

/** Committed files; a committed file not yet moved (this very instant) is read from pending/. */
export async function readUpload(storageKey: string): Promise<Buffer> {
  return fs
    .readFile(/* turbopackIgnore: true */ resolveKey(storageKey))
    .catch(() => fs.readFile(/* turbopackIgnore: true */ resolveKey(path.join(PENDING, storageKey))));
}

/** At start-up: finish or undo whatever a crash left in pending/. Returns what it did. */
export async function recoverUploads(db: Pick<DbClient, "attachment">) {
  const root = resolveKey(PENDING);
  const entries = await fs.readdir(root, { recursive: true }).catch(() => [] as string[]);
  let moved = 0;
  let removed = 0;
  for (const entry of entries.map(String)) {
    const full = path.join(root, entry);
    if ((await fs.stat(full)).isDirectory()) continue;
    const storageKey = entry.split(path.sep).join("/");
    if (!storageKey.endsWith(".part") && (await db.attachment.findUnique({ where: { storageKey } }))) {
      await commitUpload(storageKey);
      moved++;
    } else {
      await fs.rm(full, { force: true });
      removed++;
    }
  }
  return { moved, removed };
}

async function exists(file: string) {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** Keys are ours, but never let one escape the upload root. */
function resolveKey(storageKey: string): string {
  const root = uploadRoot();
  const resolved = path.resolve(root, storageKey);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) throw new Error("invalid storage key");
  return resolved;
}
