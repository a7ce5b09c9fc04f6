/**
 * `npm run restore -- DIR [--force]`: puts a backup made by `npm run backup` back into the database DATABASE_URL
 * points at and into UPLOAD_DIR, and checks the result against DIR/manifest.json. Stop the app first.
 * Without --force it refuses a database with any rows or applied migrations, or an upload directory with files.
 */
import { parseArgs } from "node:util";
import { restoreBackup } from "../lib/ops/restore-backup";
import { appEnvironment, fromCallerDirectory, runOps, usage } from "./ops-cli";

const USAGE = "npm run restore -- MAPPE [--force]";
let dir: string | undefined;
let force = false;
try {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: "boolean" } } });
  if (positionals.length !== 1) usage(USAGE);
  dir = positionals[0];
  force = values.force ?? false;
} catch {
  usage(USAGE);
}

const { databaseUrl, uploadDir } = appEnvironment();
void runOps(() => restoreBackup({ databaseUrl, uploadDir, sourceDir: fromCallerDirectory(dir!), force }));
