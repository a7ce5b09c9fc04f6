/**
 * `npm run restore -- DIR [--force]` (scripts/restore.ts): puts a backup made by createBackup back into the
 * database DATABASE_URL points at and into the upload directory, then proves it against the manifest.
 * The app must be stopped while it runs. Refuses (OpsError, Danish) before changing anything when the backup
 * is damaged or of the other provider, or — without `force` — when the target database holds any row or
 * applied migration, or the upload directory holds any file.
 */
import path from "node:path";
import { readManifest, totalRows, UPLOADS_DIR, type BackupManifest } from "./backup-manifest";
import { describeDatabase, providerOf } from "./describe-database";
import { formatCount } from "../format";
import { compareFiles, listFiles } from "./file-checksums";
import { OpsError } from "./ops-error";
import { readDatabaseSummary } from "./read-database-summary";
import { restoreDatabase } from "./restore-database";
import { restoreFiles } from "./restore-files";
import { verifyRestore } from "./verify-restore";

export type RestoreBackupOptions = {
  databaseUrl: string;
  uploadDir: string;
  sourceDir: string;
  /** Overwrite a database and upload directory that are not empty. */
  force?: boolean;
  log?: (line: string) => void;
};

const PROVIDER_NAME = { sqlite: "SQLite", postgresql: "PostgreSQL" };

export async function restoreBackup({
  databaseUrl,
  uploadDir,
  sourceDir,
  force = false,
  log = console.log,
}: RestoreBackupOptions): Promise<BackupManifest> {
  log(`Kontrollerer sikkerhedskopien i ${sourceDir} …`);
  const manifest = await readManifest({ dir: sourceDir });
  const provider = providerOf(databaseUrl);
  if (manifest.provider !== provider)
    throw new OpsError(
      `Sikkerhedskopien er af en ${PROVIDER_NAME[manifest.provider]}-database, ` +
        `men DATABASE_URL peger på ${PROVIDER_NAME[provider]}.`,
    );
  const uploadsInBackup = path.join(sourceDir, UPLOADS_DIR);
  const damaged = [
    ...(await compareFiles({ dir: sourceDir, expected: [manifest.database] })),
    ...(await compareFiles({ dir: uploadsInBackup, expected: manifest.files })),
  ];
  if (damaged.length) throw new OpsError("Sikkerhedskopien er beskadiget. Intet er ændret.", damaged);

  const target = await readDatabaseSummary({ databaseUrl });
  const rows = target ? totalRows(target.tables) : 0;
  if (!force && (rows > 0 || target?.migration))
    throw new OpsError(
      `Måldatabasen (${describeDatabase(databaseUrl)}) er ikke tom: ${formatCount(rows, "række", "rækker")}, ` +
        `seneste migrering ${target?.migration ?? "ingen"}. Genskab i en tom database, ` +
        "eller brug --force for at overskrive den. Intet er ændret.",
    );
  const existingFiles = await listFiles({ dir: uploadDir });
  if (!force && existingFiles.length)
    throw new OpsError(
      `Uploadmappen ${uploadDir} er ikke tom (${formatCount(existingFiles.length, "fil", "filer")}). ` +
        "Brug en tom mappe, eller brug --force for at erstatte indholdet. Intet er ændret.",
    );

  log(`Genskaber databasen (${describeDatabase(databaseUrl)}) fra ${manifest.createdAt} …`);
  await restoreDatabase({ databaseUrl, backupFile: path.join(sourceDir, manifest.database.path) });
  log(`Genskaber de uploadede filer (${uploadDir}) …`);
  await restoreFiles({ sourceDir: uploadsInBackup, uploadDir, files: manifest.files, replace: force });

  log("Kontrollerer databasen og filerne mod manifestet …");
  const differences = await verifyRestore({
    manifest,
    restored: await readDatabaseSummary({ databaseUrl }),
    uploadDir,
  });
  if (differences.length) throw new OpsError("Det genskabte stemmer ikke med sikkerhedskopien:", differences);
  const tableCount = Object.keys(manifest.tables).length;
  log(
    `Færdig: ${formatCount(tableCount, "tabel", "tabeller")}, ${formatCount(totalRows(manifest.tables), "række", "rækker")}, ` +
      `${formatCount(manifest.files.length, "fil", "filer")} – alt stemmer med sikkerhedskopien.`,
  );
  return manifest;
}
