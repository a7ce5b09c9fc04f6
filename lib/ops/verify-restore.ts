/** What differs between a restored database + upload directory and the backup's manifest, in Danish. */
import type { BackupManifest } from "./backup-manifest";
import { compareFiles, listFiles } from "./file-checksums";
import type { DatabaseSummary } from "./inspect-database";

export async function verifyRestore({
  manifest,
  restored,
  uploadDir,
}: {
  manifest: BackupManifest;
  restored: DatabaseSummary | null;
  uploadDir: string;
}): Promise<string[]> {
  const differences: string[] = [];
  const tables = restored?.tables ?? {};
  for (const [table, expected] of Object.entries(manifest.tables)) {
    const actual = tables[table];
    if (actual === undefined) differences.push(`tabellen ${table} mangler`);
    else if (actual !== expected)
      differences.push(`tabellen ${table} har ${actual} rækker, sikkerhedskopien ${expected}`);
  }
  for (const table of Object.keys(tables))
    if (!(table in manifest.tables)) differences.push(`tabellen ${table} findes ikke i sikkerhedskopien`);
  if ((restored?.migration ?? null) !== manifest.migration)
    differences.push(`seneste migrering er ${restored?.migration ?? "ingen"}, sikkerhedskopien ${manifest.migration}`);
  differences.push(...(await compareFiles({ dir: uploadDir, expected: manifest.files })));
  const expectedFiles = new Set(manifest.files.map((f) => f.path));
  for (const file of await listFiles({ dir: uploadDir }))
    if (!expectedFiles.has(file)) differences.push(`filen ${file} findes ikke i sikkerhedskopien`);
  return differences;
}
