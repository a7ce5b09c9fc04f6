/**
 * manifest.json: what a backup holds and how to check it (docs/decisions/0011-backup-and-health.md). Written
 * last, so a directory without it is not a finished backup.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "../validation/zod";
import { OpsError } from "./ops-error";

export const MANIFEST_FILE = "manifest.json";
export const UPLOADS_DIR = "uploads";

const fileEntry = z.object({ path: z.string().min(1), sizeBytes: z.number().int().min(0), sha256: z.string() });

export const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  provider: z.enum(["sqlite", "postgresql"]),
  /** Newest applied migration (from _prisma_migrations), null if none. */
  migration: z.string().nullable(),
  /** The database copy: SQLite file (online backup API) or pg_dump custom format. */
  database: fileEntry,
  /** Rows per table in the copy, as counted inside the copy itself. */
  tables: z.record(z.string(), z.number().int().min(0)),
  /** Uploaded files, relative to the upload directory (and to uploads/ in the backup). */
  files: z.array(fileEntry),
  /** Anything the operator should know (e.g. an attachment row whose file was missing). */
  warnings: z.array(z.string()),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type FileEntry = z.infer<typeof fileEntry>;

export const totalRows = (tables: Record<string, number>) => Object.values(tables).reduce((sum, n) => sum + n, 0);

export async function writeManifest({ dir, manifest }: { dir: string; manifest: BackupManifest }) {
  const file = path.join(dir, MANIFEST_FILE);
  await fs.writeFile(`${file}.part`, JSON.stringify(manifest, null, 2) + "\n");
  await fs.rename(`${file}.part`, file);
}

export async function readManifest({ dir }: { dir: string }): Promise<BackupManifest> {
  const text = await fs.readFile(path.join(dir, MANIFEST_FILE), "utf8").catch(() => null);
  if (text === null) throw new OpsError(`${dir} er ikke en færdig sikkerhedskopi: ${MANIFEST_FILE} mangler.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new OpsError(`${MANIFEST_FILE} i ${dir} er ikke gyldig JSON.`);
  }
  const manifest = manifestSchema.safeParse(parsed);
  if (!manifest.success) throw new OpsError(`${MANIFEST_FILE} i ${dir} har ikke det forventede indhold.`);
  return manifest.data;
}
