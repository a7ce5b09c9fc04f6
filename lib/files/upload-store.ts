/**
 * Uploaded files live under UPLOAD_DIR (default ./data/uploads) — outside the web root — and are served only
 * through authorized route handlers. Writes are atomic (temp file + rename) so a crash never leaves half a file.
 */
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

export function uploadRoot(): string {
  return path.resolve(process.env.UPLOAD_DIR || "./data/uploads");
}

export type StoredFile = { storageKey: string; sha256: string; sizeBytes: number };

export async function storeUpload(bytes: Uint8Array, extension: string): Promise<StoredFile> {
  const storageKey = `${new Date().getUTCFullYear()}/${randomUUID()}.${extension}`;
  const target = path.join(uploadRoot(), storageKey);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.part`;
  await fs.writeFile(temp, bytes);
  await fs.rename(temp, target);
  return { storageKey, sha256: createHash("sha256").update(bytes).digest("hex"), sizeBytes: bytes.byteLength };
}

export async function removeUpload(storageKey: string) {
  await fs.rm(resolveKey(storageKey), { force: true });
}

export async function readUpload(storageKey: string): Promise<Buffer> {
  return fs.readFile(resolveKey(storageKey));
}

/** Keys are ours, but never let one escape the upload root. */
function resolveKey(storageKey: string): string {
  const root = uploadRoot();
  const resolved = path.resolve(root, storageKey);
  if (!resolved.startsWith(root + path.sep)) throw new Error("invalid storage key");
  return resolved;
}
