/**
 * Copies a backup's files into the upload directory: each to a temporary name, then renamed into place, so a
 * file is either complete or absent. With `replace`, whatever the directory held before is removed first
 * (its contents only: the directory itself may be a mount point).
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { FileEntry } from "./backup-manifest";

export async function restoreFiles({
  sourceDir,
  uploadDir,
  files,
  replace,
}: {
  sourceDir: string;
  uploadDir: string;
  files: FileEntry[];
  replace: boolean;
}) {
  await fs.mkdir(uploadDir, { recursive: true });
  if (replace)
    for (const entry of await fs.readdir(uploadDir))
      await fs.rm(path.join(uploadDir, entry), { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(uploadDir, file.path);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.copyFile(path.join(sourceDir, file.path), `${target}.part`);
    await fs.rename(`${target}.part`, target);
  }
}
