/** SHA-256 and size of files, streamed (uploads may be 20 MB each), and a walk of a directory tree. */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { FileEntry } from "./backup-manifest";

export async function checksumFile({ file }: { file: string }): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash("sha256");
  let sizeBytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    sizeBytes += (chunk as Buffer).byteLength;
  }
  return { sha256: hash.digest("hex"), sizeBytes };
}

/** Regular files under dir as "a/b.pdf" (forward slashes, like storage keys); [] if dir does not exist. */
export async function listFiles({ dir }: { dir: string }): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** Which of the expected files are missing or differ under dir, in Danish. */
export async function compareFiles({ dir, expected }: { dir: string; expected: FileEntry[] }): Promise<string[]> {
  const differences: string[] = [];
  for (const entry of expected) {
    const actual = await checksumFile({ file: path.join(dir, entry.path) }).catch(() => null);
    if (!actual) differences.push(`filen ${entry.path} mangler`);
    else if (actual.sha256 !== entry.sha256 || actual.sizeBytes !== entry.sizeBytes)
      differences.push(`filen ${entry.path} har en anden kontrolsum end i sikkerhedskopien`);
  }
  return differences;
}
