/**
 * Shared by scripts/backup.ts and scripts/restore.ts: the same database and upload directory as the app
 * (environment first, then .env — like prisma/cli-shims.ts loadDotEnv — relative paths from the project root,
 * where the app runs), and one way to end: Danish message on stderr, exit 1 (2 for wrong usage).
 */
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_SQLITE_URL } from "../lib/db/database-url";
import { uploadRoot } from "../lib/files/upload-store";
import { OpsError } from "../lib/ops/ops-error";

const root = path.resolve(__dirname, "..");

export function appEnvironment(): { databaseUrl: string; uploadDir: string } {
  process.chdir(root);
  if (fs.existsSync(".env")) process.loadEnvFile(".env"); // variables already set win
  return { databaseUrl: process.env.DATABASE_URL || DEFAULT_SQLITE_URL, uploadDir: uploadRoot() };
}

/** A directory argument, relative to where the operator typed the command (npm run changes directory). */
export const fromCallerDirectory = (dir: string) => path.resolve(process.env.INIT_CWD || process.cwd(), dir);

export function usage(line: string): never {
  process.stderr.write(`Brug: ${line}\n`);
  process.exit(2);
}

export async function runOps(operation: () => Promise<unknown>) {
  try {
    await operation();
  } catch (error) {
    if (error instanceof OpsError) {
      process.stderr.write(`Fejl: ${error.message}\n${error.details.map((d) => `  - ${d}\n`).join("")}`);
    } else {
      process.stderr.write(`Uventet fejl: ${(error as Error)?.stack ?? error}\n`);
    }
    process.exit(1);
  }
}
