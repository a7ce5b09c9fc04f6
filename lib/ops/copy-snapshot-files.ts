/**
 * The uploaded files that belong to a database snapshot, copied into the backup (docs/decisions/0009).
 *
 * Taken AFTER the database copy, and driven by its Attachment rows: a row's file is in place, or — when its
 * transaction committed a moment before the copy and the file has not been moved yet — still in pending/
 * (lib/files/upload-store.ts), so both are tried. Files in pending/ without a committed row are half-done
 * uploads and are never copied. Files in place whose row is not in the snapshot were saved after it; they
 * are left out, so the restored database and files agree exactly: every row has its file, every file its row.
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { FileEntry } from "./backup-manifest";
import { checksumFile, listFiles } from "./file-checksums";
import type { DatabaseSummary } from "./inspect-database";

const PENDING = "pending";

export type CopiedFiles = { files: FileEntry[]; warnings: string[]; leftOut: number };

export async function copySnapshotFiles({
  uploadDir,
  targetDir,
  attachments,
}: {
  uploadDir: string;
  targetDir: string;
  attachments: DatabaseSummary["attachments"];
}): Promise<CopiedFiles> {
  const files: FileEntry[] = [];
  const warnings: string[] = [];
  for (const attachment of attachments) {
    const key = attachment.storageKey;
    const source = inside(uploadDir, key);
    const target = inside(targetDir, key);
    if (!source || !target) {
      warnings.push(`Vedhæftningen ${key} har en ugyldig sti og er ikke kopieret.`);
      continue;
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    // In place, else still in pending/, else moved into place while we looked.
    const copied = await copyFirst([source, path.join(uploadDir, PENDING, key), source], target);
    if (!copied) {
      warnings.push(`Filen til vedhæftningen ${key} findes ikke i uploadmappen.`);
      continue;
    }
    const entry = { path: key, ...(await checksumFile({ file: target })) };
    if (entry.sha256 !== attachment.sha256 || entry.sizeBytes !== attachment.sizeBytes)
      warnings.push(`Filen ${key} har ikke den kontrolsum, databasen har registreret.`);
    files.push(entry);
  }
  const referenced = new Set(attachments.map((a) => a.storageKey));
  const inPlace = (await listFiles({ dir: uploadDir })).filter((f) => !f.startsWith(`${PENDING}/`));
  return { files, warnings, leftOut: inPlace.filter((f) => !referenced.has(f)).length };
}

async function copyFirst(sources: string[], target: string): Promise<boolean> {
  for (const source of sources) {
    try {
      await fs.copyFile(source, target);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return false;
}

/** Storage keys come from the database: never let one point outside its directory. */
function inside(root: string, key: string): string | null {
  const resolved = path.resolve(root, key);
  return resolved.startsWith(path.resolve(root) + path.sep) ? resolved : null;
}
