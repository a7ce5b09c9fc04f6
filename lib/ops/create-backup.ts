/**
 * `npm run backup -- DIR` (scripts/backup.ts): a consistent copy of the database and of the uploaded files that
 * belong to it, plus manifest.json, while the app keeps running and writing (docs/decisions/0009).
 */
import fs from "node:fs/promises";
import path from "node:path";
import { totalRows, UPLOADS_DIR, writeManifest, type BackupManifest } from "./backup-manifest";
import { copySnapshotFiles } from "./copy-snapshot-files";
import { describeDatabase, providerOf, sqliteFileOf } from "./describe-database";
import { formatCount } from "../format";
import { checksumFile } from "./file-checksums";
import { OpsError } from "./ops-error";
import { snapshotPostgres } from "./snapshot-postgres";
import { snapshotSqlite } from "./snapshot-sqlite";

export type CreateBackupOptions = {
  databaseUrl: string;
  uploadDir: string;
  /** Created if missing; must be empty (a backup never overwrites another). */
  targetDir: string;
  log?: (line: string) => void;
};

export async function createBackup({
  databaseUrl,
  uploadDir,
  targetDir,
  log = console.log,
}: CreateBackupOptions): Promise<BackupManifest> {
  const existing = await fs.readdir(targetDir).catch(() => []);
  if (existing.length) throw new OpsError(`Mappen ${targetDir} er ikke tom. Vælg en ny mappe til sikkerhedskopien.`);
  await fs.mkdir(path.join(targetDir, UPLOADS_DIR), { recursive: true });

  const provider = providerOf(databaseUrl);
  const databaseFile = provider === "sqlite" ? "database.sqlite" : "database.dump";
  const databasePath = path.join(targetDir, databaseFile);
  const createdAt = new Date().toISOString();
  log(`Sikkerhedskopierer databasen (${describeDatabase(databaseUrl)}) …`);
  const summary =
    provider === "sqlite"
      ? await snapshotSqlite({ sourceFile: sqliteFileOf(databaseUrl), targetFile: databasePath })
      : await snapshotPostgres({ url: databaseUrl, targetFile: databasePath });
  const tableCount = Object.keys(summary.tables).length;
  log(
    `  ${formatCount(tableCount, "tabel", "tabeller")}, ${formatCount(totalRows(summary.tables), "række", "rækker")}, ` +
      `seneste migrering: ${summary.migration ?? "ingen"}`,
  );

  log(`Kopierer de uploadede filer (${uploadDir}) …`);
  const copied = await copySnapshotFiles({
    uploadDir,
    targetDir: path.join(targetDir, UPLOADS_DIR),
    attachments: summary.attachments,
  });
  if (copied.leftOut)
    log(
      `  ${formatCount(copied.leftOut, "fil", "filer")} uden vedhæftning i databasekopien er ikke med ` +
        "(typisk gemt lige efter kopien).",
    );
  for (const warning of copied.warnings) log(`  Advarsel: ${warning}`);

  const manifest: BackupManifest = {
    format: 1,
    createdAt,
    provider,
    migration: summary.migration,
    database: { path: databaseFile, ...(await checksumFile({ file: databasePath })) },
    tables: summary.tables,
    files: copied.files,
    warnings: copied.warnings,
  };
  await writeManifest({ dir: targetDir, manifest });
  log(
    `Færdig: ${formatCount(tableCount, "tabel", "tabeller")}, ${formatCount(totalRows(summary.tables), "række", "rækker")}, ` +
      `${formatCount(copied.files.length, "fil", "filer")} i ${targetDir}`,
  );
  return manifest;
}
