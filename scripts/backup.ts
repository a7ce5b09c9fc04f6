/**
 * `npm run backup -- DIR`: a consistent copy of the database and the uploaded files in DIR (new or empty), with
 * manifest.json. Safe while the app runs. See the README ("Drift") and docs/decisions/0011-backup-and-health.md.
 */
import { parseArgs } from "node:util";
import { createBackup } from "../lib/ops/create-backup";
import { appEnvironment, fromCallerDirectory, runOps, usage } from "./ops-cli";

const USAGE = "npm run backup -- MAPPE";
let dir: string | undefined;
try {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) usage(USAGE);
  dir = positionals[0];
} catch {
  usage(USAGE);
}

const { databaseUrl, uploadDir } = appEnvironment();
void runOps(() => createBackup({ databaseUrl, uploadDir, targetDir: fromCallerDirectory(dir!) }));
