/**
 * `npm run audit:prune`: deletes the audit rows of reads (downloads, refused access) older than
 * AUDIT_READ_RETENTION_DAYS (default 180) and the sign-in limiter's expired failures. Run it daily (README, "Drift").
 */
import { createPrismaClient } from "../lib/db/create-client";
import { pruneAuditEvents, readRetentionDays, READ_ACTIONS } from "../lib/audit/prune-audit-events";
import { appEnvironment } from "./ops-cli";

async function main() {
  const { databaseUrl } = appEnvironment();
  let retentionDays: number;
  try {
    retentionDays = readRetentionDays(process.env.AUDIT_READ_RETENTION_DAYS);
  } catch (error) {
    process.stderr.write(`Fejl: ${(error as Error).message}\n`);
    process.exit(2);
  }
  const db = createPrismaClient(databaseUrl);
  try {
    const { reads, signInFailures, cutoff } = await pruneAuditEvents({ db, retentionDays });
    process.stdout.write(
      `Slettede ${reads} logninger af læsning (${READ_ACTIONS.join(", ")}) fra før ${cutoff.toISOString().slice(0, 10)} ` +
        `(${retentionDays} dage) og ${signInFailures} udløbne fejlede login.\n`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  process.stderr.write(`Uventet fejl: ${(error as Error)?.stack ?? error}\n`);
  process.exit(1);
});
