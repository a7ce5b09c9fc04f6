/**
 * A refusal or failure of a backup or restore that the operator can act on. The message is Danish and is
 * printed as it is by scripts/backup.ts and scripts/restore.ts (exit code 1); anything else is unexpected.
 */
export class OpsError extends Error {
  constructor(
    message: string,
    /** Extra lines (e.g. each difference found), printed indented under the message. */
    readonly details: string[] = [],
  ) {
    super(message);
  }
}
